import pg from "pg";
import { createScratchDatabase } from "../test-db/create-scratch-database";
import { applyMigrations } from "./apply-migrations";
import { describeSchema } from "./describe-schema";
import { diffSchemas } from "./diff-schemas";

export interface DriftReport {
  /** Lines only the migrations produce. */
  onlyInMigrations: string[];
  /** Lines only schema.prisma produces. */
  onlyInSchema: string[];
}

/**
 * Applies the migrations to one empty database and schema.prisma (as an
 * empty → schema diff) to another, and compares the two schemas. Any line on
 * either side is drift: a schema change without its migration, or the reverse.
 */
export async function checkDrift(
  serverUrl: string | undefined,
  schema: string,
  migrationsDir?: string,
): Promise<DriftReport> {
  const fromMigrations = await createScratchDatabase(serverUrl, "drift_m");
  const fromSchema = await createScratchDatabase(serverUrl, "drift_s");
  try {
    await applyMigrations(fromMigrations.url, { schema, migrationsDir });
    const sql = await diffSchemas(fromSchema.url, null, schema);
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
    const [a, b] = await Promise.all([describeSchema(fromMigrations.url), describeSchema(fromSchema.url)]);
    const setA = new Set(a);
    const setB = new Set(b);
    return {
      onlyInMigrations: a.filter((l) => !setB.has(l)),
      onlyInSchema: b.filter((l) => !setA.has(l)),
    };
  } finally {
    await Promise.all([fromMigrations.drop(), fromSchema.drop()]);
  }
}
