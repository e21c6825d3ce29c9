import { spawnSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { DataDirInUseError, startEmbeddedDb } from "./embedded-db";

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the embedded database", () => {
  it("keeps its data across restarts", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "custodian-embedded-"));
    const first = await startEmbeddedDb({ dataDir: dir, port: 0, maxConnections: 4 });
    await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    await first.stop();
    const second = await startEmbeddedDb({ dataDir: dir, port: 0, maxConnections: 4 });
    try {
      expect(await query(second.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    } finally {
      await second.stop();
    }
  });

  it("refuses a second opener of the same data folder", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "custodian-embedded-"));
    const owner = await startEmbeddedDb({ dataDir: dir, port: 0, maxConnections: 4 });
    try {
      await expect(startEmbeddedDb({ dataDir: dir, port: 0, maxConnections: 4 })).rejects.toBeInstanceOf(
        DataDirInUseError,
      );

      // Another process gets one clear line and a non-zero exit, not a stack trace.
      const env = { ...process.env, CUSTODIAN_DATA_DIR: dir, DATABASE_URL: "" };
      const other = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/migrate.ts"], {
        env,
        encoding: "utf8",
      });
      expect(other.status).toBe(1);
      const lines = other.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^The embedded database in .* is already in use by process \d+/);
    } finally {
      await owner.stop();
    }
  });

  it("takes over a lock left by a process that has exited", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "custodian-embedded-"));
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path.join(dir, "custodian.lock"), "999999");
    const db = await startEmbeddedDb({ dataDir: dir, port: 0, maxConnections: 4 });
    await db.stop();
  });
});
