import { loadSchemaEngine } from "./load-schema-engine";

/**
 * SQL that turns the database `from` describes into the one `to` describes.
 * `null` means an empty database. Both sides are datamodels, so no shadow
 * database is needed; the engine still opens a connection when it starts, so it
 * needs a reachable server, whose data it never reads.
 */
export async function diffSchemas(connectionString: string, from: string | null, to: string): Promise<string> {
  const engine = await loadSchemaEngine({
    connectionString,
    datamodels: [["schema.prisma", to]],
  });
  try {
    const result = await engine.diff({
      from:
        from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "from.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}
