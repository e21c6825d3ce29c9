import { ConfigError, readConfig } from "@/lib/config/read-config";
import { DataDirInUseError, startEmbeddedDb } from "./embedded-db";

/**
 * Runs `work` against DATABASE_URL, or against the embedded database (started for
 * the duration) when DATABASE_URL is unset. For one-shot commands: migrate, seed.
 * Configuration and lock problems end the process with one line, not a stack.
 */
export async function withDatabase(work: (url: string) => Promise<void>): Promise<void> {
  try {
    const config = readConfig();
    if (config.DATABASE_URL) return await work(config.DATABASE_URL);
    const embedded = await startEmbeddedDb({ dataDir: config.CUSTODIAN_DATA_DIR, port: 0, maxConnections: 8 });
    try {
      await work(embedded.url);
    } finally {
      await embedded.stop();
    }
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DataDirInUseError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}
