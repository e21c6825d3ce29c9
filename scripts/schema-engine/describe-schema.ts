import pg from "pg";

/**
 * A canonical, order-independent description of the public schema: enums,
 * columns, constraints and indexes, one line each, sorted. Two databases with the
 * same description have the same schema for every purpose Prisma cares about.
 * (Plain SQL rather than pg_dump, which needs no client binaries.)
 */
export async function describeSchema(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const queries = [
      `SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname`,
      `SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name
              || coalesce('(' || character_maximum_length || ')', '')
              || coalesce(' p' || datetime_precision, '')
              || ' null=' || is_nullable || ' default=' || coalesce(column_default, '-') AS line
         FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
      `SELECT 'constraint ' || rel.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid) AS line
         FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
        WHERE n.nspname = 'public' AND rel.relname <> '_prisma_migrations'
          -- Named NOT NULL constraints (PostgreSQL 18) keep the name of a column since renamed: the
          -- columns' null= above already says which columns are NOT NULL.
          AND con.contype <> 'n'`,
      `SELECT 'index ' || indexdef AS line FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
      `SELECT 'extension ' || extname AS line FROM pg_extension WHERE extname <> 'plpgsql'`,
    ];
    const lines: string[] = [];
    for (const q of queries) lines.push(...(await client.query<{ line: string }>(q)).rows.map((r) => r.line));
    return lines.sort();
  } finally {
    await client.end();
  }
}
