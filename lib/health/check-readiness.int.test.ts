import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "@/scripts/test-db/create-scratch-database";
import { createPrismaClient, db } from "@/lib/db";
import { checkReadiness } from "./check-readiness";

const server = process.env.CUSTODIAN_TEST_SERVER_URL || undefined;
const migrationsDir = path.join(process.cwd(), "prisma", "migrations");
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

describe("checkReadiness", () => {
  it("is ready on a fully migrated database", async () => {
    expect(await checkReadiness(db, migrationsDir)).toEqual({ ready: true });
  });

  it("names the pending migration when one is not applied", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "custodian-migrations-"));
    await cp(migrationsDir, dir, { recursive: true });
    await mkdir(path.join(dir, "29991231000000_future"));
    await writeFile(path.join(dir, "29991231000000_future", "migration.sql"), "SELECT 1;");
    expect(await checkReadiness(db, dir)).toEqual({
      ready: false,
      reason: "pending migrations: 29991231000000_future",
    });
  });

  it("is not ready on a database that was never migrated", async () => {
    const scratch = await createScratchDatabase(server, "ready");
    const client = createPrismaClient(scratch.url);
    cleanups.push(async () => {
      await client.$disconnect();
      await scratch.drop();
    });
    const result = await checkReadiness(client, migrationsDir);
    expect(result.ready).toBe(false);
    expect(result.ready === false && result.reason).toMatch(/database unreachable or not migrated/);
  });
});
