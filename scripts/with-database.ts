import path from "node:path";
import { ConfigError, readConfig } from "@/lib/config/read-config";
import { DataDirInUseError, runningEmbeddedDb, startEmbeddedDb } from "./embedded-db";

/**
 * Runs `work` against DATABASE_URL, or against the embedded database when
 * DATABASE_URL is unset: the server a running console serves (so that
 * audit:verify, migrate or seed work beside it), else one started for the
 * duration. For one-shot commands. Configuration and lock problems end the
 * process with one line, not a stack.
 */
export async function withDatabase(work: (url: string) => Promise<void>): Promise<void> {
  try {
    const config = readConfig();
    if (config.DATABASE_URL) return await work(config.DATABASE_URL);
    const dataDir = path.resolve(config.CUSTODIAN_DATA_DIR);
    const running = runningEmbeddedDb(dataDir);
    if (running) return await work(running);
    const embedded = await startEmbeddedDb({ dataDir, port: 0 });
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
