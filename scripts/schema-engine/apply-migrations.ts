import { readFile } from "node:fs/promises";
import { loadSchemaEngine } from "./load-schema-engine";
import { MIGRATIONS_DIR, SCHEMA_PATH, readMigrations } from "./read-migrations";

/** Applies every pending migration in prisma/migrations; returns the names applied. */
export async function applyMigrations(
  connectionString: string,
  options: { migrationsDir?: string; schema?: string } = {},
): Promise<string[]> {
  const schema = options.schema ?? (await readFile(SCHEMA_PATH, "utf8"));
  const engine = await loadSchemaEngine({ connectionString, datamodels: [["schema.prisma", schema]] });
  try {
    const out = await engine.applyMigrations({
      migrationsList: await readMigrations(options.migrationsDir ?? MIGRATIONS_DIR),
      filters: { externalTables: [], externalEnums: [] },
    });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}
