import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { DataDirInUseError, runningEmbeddedDb, startEmbeddedDb } from "./embedded-db";

async function query(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const tsx = ["node_modules/tsx/dist/cli.mjs"];

describe("the embedded database", () => {
  it("keeps its data across restarts, with the extensions the migrations create", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "custodian-embedded-"));
    const first = await startEmbeddedDb({ dataDir: dir, port: 0 });
    await query(first.url, "CREATE EXTENSION pg_trgm; CREATE EXTENSION citext");
    await query(first.url, "CREATE TABLE kept (v citext); INSERT INTO kept VALUES ('Jürgen')");
    await first.stop();
    const second = await startEmbeddedDb({ dataDir: dir, port: 0 });
    try {
      expect(await query(second.url, "SELECT v::text FROM kept WHERE v = 'JÜRGEN'")).toEqual([{ v: "Jürgen" }]);
      expect(await query(second.url, "SELECT similarity('custodian', 'custodians') > 0.5 AS near")).toEqual([
        { near: true },
      ]);
    } finally {
      await second.stop();
    }
  }, 120_000);

  it("serves many clients at once without mixing their protocol streams", async () => {
    const db = await startEmbeddedDb({ dataDir: null, port: 0 });
    try {
      // What broke PGlite behind its socket: concurrent extended-protocol queries with different parameter counts.
      const pool = new pg.Pool({ connectionString: db.url, max: 20 });
      // An idle connection the server closes as it stops is not this test's failure.
      pool.on("error", () => {});
      const results = await Promise.allSettled(
        Array.from({ length: 400 }, (_, i) =>
          i % 2
            ? pool.query("SELECT $1::int + $2::int AS n", [i, 1])
            : pool.query("SELECT $1::int + $2::int + $3::int AS n", [i, 1, 1]),
        ),
      );
      await pool.end();
      const failed = results.filter((r) => r.status === "rejected");
      expect(failed).toEqual([]);
      expect(
        results.map((r, i) => (r as PromiseFulfilledResult<{ rows: { n: number }[] }>).value.rows[0]!.n - i),
      ).toEqual(Array.from({ length: 400 }, (_, i) => (i % 2 ? 1 : 2)));
    } finally {
      await db.stop();
    }
  }, 120_000);

  it("refuses a second console on the folder, and lets one-shot commands use the running server", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "custodian-embedded-"));
    const owner = await startEmbeddedDb({ dataDir: dir, port: 0 });
    try {
      await expect(startEmbeddedDb({ dataDir: dir, port: 0 })).rejects.toBeInstanceOf(DataDirInUseError);
      expect(runningEmbeddedDb(dir)).toBe(owner.url);
      // `npm run db:migrate` beside the running console migrates the database the console serves.
      const env = { ...process.env, CUSTODIAN_DATA_DIR: dir, DATABASE_URL: "", NEXTAUTH_SECRET: "s".repeat(40) };
      const migrate = spawnSync(process.execPath, [...tsx, "scripts/migrate.ts"], { env, encoding: "utf8" });
      expect(migrate.stderr).toBe("");
      expect(migrate.status).toBe(0);
      expect(await query(owner.url, `SELECT count(*)::int AS n FROM "Tenant"`)).toEqual([{ n: 0 }]);
    } finally {
      await owner.stop();
    }
    expect(runningEmbeddedDb(dir)).toBeNull();
  }, 180_000);

  it("survives its console being killed outright: the server goes with it, and the next start has the data", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "custodian-embedded-"));
    const script = path.join(dir, "hold.mts");
    await writeFile(
      script,
      `import { startEmbeddedDb } from ${JSON.stringify(path.resolve("scripts/embedded-db.ts"))};
       const db = await startEmbeddedDb({ dataDir: ${JSON.stringify(dir)}, port: 0 });
       console.log(db.url);`,
    );
    // One process (tsx's CLI would run the script in a child of its own, which a kill -9 of the CLI leaves alive).
    const child = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "inherit"] });
    const url = await new Promise<string>((resolve) =>
      child.stdout.on("data", (d: Buffer) => {
        const line = d.toString().trim();
        if (line.startsWith("postgresql://")) resolve(line);
      }),
    );
    await query(url, "CREATE TABLE acknowledged (v int); INSERT INTO acknowledged VALUES (1)");
    const { pid: serverPid } = JSON.parse(readFileSync(path.join(dir, "embedded-server.json"), "utf8")) as {
      pid: number;
    };
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    // As root the server runs under setpriv --pdeathsig, so it stops when its console dies; otherwise the next
    // start stops the orphan itself. Either way the next start has every acknowledged write.
    if (process.getuid?.() === 0) {
      for (let i = 0; i < 100 && alive(serverPid); i++) await new Promise((r) => setTimeout(r, 100));
      expect(alive(serverPid)).toBe(false);
    }
    const again = await startEmbeddedDb({ dataDir: dir, port: 0 });
    try {
      expect(await query(again.url, "SELECT v FROM acknowledged")).toEqual([{ v: 1 }]);
    } finally {
      await again.stop();
    }
  }, 180_000);

  it("takes over a lock left by a process that has exited", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "custodian-embedded-"));
    await writeFile(path.join(dir, "custodian.lock"), "999999");
    const db = await startEmbeddedDb({ dataDir: dir, port: 0 });
    await db.stop();
  }, 120_000);
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
