import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type Readiness = { ready: true } | { ready: false; reason: string };

/** Ready means: the database answers, and every migration in prisma/migrations is applied. */
export async function checkReadiness(
  client: PrismaClient = db,
  migrationsDir = path.join(process.cwd(), "prisma", "migrations"),
): Promise<Readiness> {
  let applied: { migration_name: string }[];
  try {
    applied = await client.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  } catch (err) {
    const message = err instanceof Error ? err.message.split("\n").find((l) => l.trim()) : String(err);
    return { ready: false, reason: `database unreachable or not migrated: ${message}` };
  }
  const expected = (await readdir(/* turbopackIgnore: true */ migrationsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const done = new Set(applied.map((r) => r.migration_name));
  const pending = expected.filter((name) => !done.has(name));
  if (pending.length) return { ready: false, reason: `pending migrations: ${pending.join(", ")}` };
  return { ready: true };
}
