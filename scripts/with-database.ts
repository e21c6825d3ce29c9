import { readConfig } from "@/lib/config/read-config";
import { startEmbeddedDb } from "./embedded-db";

/**
 * Runs `work` against DATABASE_URL, or against the embedded database (started for
 * the duration) when DATABASE_URL is unset. For one-shot commands: migrate, seed.
 */
export async function withDatabase(work: (url: string) => Promise<void>): Promise<void> {
  const config = readConfig();
  if (config.DATABASE_URL) return work(config.DATABASE_URL);
  const embedded = await startEmbeddedDb({
    dataDir: config.CUSTODIAN_DATA_DIR,
    port: 0,
    maxConnections: 8,
  });
  try {
    await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}
