import { readFile } from "node:fs/promises";
import { loadSchemaEngine } from "./load-schema-engine";
import { MIGRATIONS_DIR, SCHEMA_PATH, readMigrations } from "./read-migrations";

/** Applies every pending migration in prisma/migrations; returns the names applied. */
export async function applyMigrations(
  connectionString: string,
  migrationsDir = MIGRATIONS_DIR,
): Promise<string[]> {
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const engine = await loadSchemaEngine({
    connectionString,
    datamodels: [["schema.prisma", schema]],
  });
  try {
    const out = await engine.applyMigrations({
      migrationsList: await readMigrations(migrationsDir),
      filters: { externalTables: [], externalEnums: [] },
    });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}
