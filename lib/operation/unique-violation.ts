/**
 * The fields of the unique key a write collided with, when the error is a
 * unique violation (PostgreSQL 23505), whether it came from a Prisma call or
 * a raw query. Prisma's constraint names are `<Table>_<field>_<field>_key`;
 * the tenant id that leads every key is left out, since it names no field the
 * caller sent.
 */
export function uniqueViolationFields(err: unknown): string[] | null {
  const e = err as {
    code?: string;
    meta?: {
      target?: unknown;
      driverAdapterError?: { cause?: { originalCode?: string; constraint?: unknown; table?: string } };
    };
  };
  const cause = e?.meta?.driverAdapterError?.cause;
  if (e?.code !== "P2002" && cause?.originalCode !== "23505") return null;
  const constraint = cause?.constraint as { fields?: string[]; index?: string } | undefined;
  let fields: string[] = [];
  if (constraint?.fields) fields = constraint.fields;
  else if (constraint?.index) {
    const table = cause?.table ?? constraint.index.split("_")[0]!;
    fields = constraint.index
      .replace(new RegExp(`^${table}_`), "")
      .replace(/_(key|idx)$/, "")
      .split("_");
  } else if (Array.isArray(e.meta?.target)) fields = e.meta.target as string[];
  const named = fields.map((f) => f.replaceAll('"', "")).filter((f) => f !== "tenantId");
  return named.length ? named : ["_"];
}

/** PostgreSQL gave up on a transaction because of a concurrent one (deadlock, serialization): the caller may retry. */
export function isWriteConflict(err: unknown): boolean {
  const e = err as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } };
  const code = e?.meta?.driverAdapterError?.cause?.originalCode;
  return e?.code === "P2034" || code === "40001" || code === "40P01";
}
