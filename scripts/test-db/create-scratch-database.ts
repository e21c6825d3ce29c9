import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDb } from "../embedded-db";

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** Tests create and drop databases: refuse anything but a server on this machine. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to run destructive tests against ${host}: use a PostgreSQL server on loopback.`);
  }
}

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A throwaway, empty database: a fresh database on the server `serverUrl` points
 * at, or a throwaway embedded PostgreSQL cluster when serverUrl is undefined.
 */
export async function createScratchDatabase(
  serverUrl: string | undefined,
  label = "scratch",
): Promise<ScratchDatabase> {
  if (!serverUrl) {
    const embedded = await startEmbeddedDb({ dataDir: null, port: 0 });
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  assertLocalDatabase(serverUrl);
  const name = `custodian_${label}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabaseName(serverUrl, name),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
