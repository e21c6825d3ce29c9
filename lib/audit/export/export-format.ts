import type { HashedAuditFields } from "@/lib/audit-chain/hash-audit-event";

/** Every field an event's hash covers, then the hash: what each exported row carries, so it can be checked alone. */
export const EXPORT_COLUMNS = [
  "tenantId",
  "seq",
  "at",
  "actorType",
  "actorId",
  "actorLabel",
  "action",
  "targetType",
  "targetId",
  "outcome",
  "ip",
  "userAgent",
  "requestId",
  "changes",
  "prevHash",
  "hash",
] as const;

export type ExportFormat = "csv" | "jsonl";

// ISO-8601 UTC with milliseconds: exactly the string the event's hash covers.
const AT = `to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Text columns whose CSV cells are escaped (tenantId, seq, at and outcome never start with a formula character). */
export const ESCAPED_COLUMNS: readonly string[] = EXPORT_COLUMNS.filter(
  (c) => !["tenantId", "seq", "at", "outcome"].includes(c),
);

/** PostgreSQL's form of escapeCell (lib/csv/spreadsheet-safe.ts), so COPY writes the escaped cell itself. */
const escapedSql = (expr: string) =>
  `CASE WHEN left(${expr}, 1) IN ('=', '+', '-', '@', chr(9), chr(13), chr(39)) THEN chr(39) || ${expr} ELSE ${expr} END`;

const sqlOf = (c: (typeof EXPORT_COLUMNS)[number], format: ExportFormat) =>
  format === "csv" && ESCAPED_COLUMNS.includes(c)
    ? escapedSql(`"${c}"::text`)
    : c === "at"
      ? AT
      : c === "seq"
        ? "seq::text"
        : c === "outcome"
          ? "outcome::text"
          : c === "changes"
            ? "changes"
            : `"${c}"`;

/**
 * The COPY statement that reads an export's rows. PostgreSQL itself formats
 * them, which is what lets an export keep pace with a plain COPY:
 * - CSV is COPY's own RFC 4180 output with a header; NULL is an unquoted empty
 *   field and an empty string a quoted one, so the two stay apart. Text cells
 *   are spreadsheet-safe and reversible (a formula-like cell gets a leading
 *   apostrophe; see export-manifest.ts, v2).
 * - JSON Lines are read in COPY's text format and turned into JSON on the way
 *   to the file (copy-text-to-jsonl.ts).
 */
export function exportCopySql(format: ExportFormat, where: string): string {
  // Qualified: a bare seq would name the text output column and sort 10 before 2.
  const order = `ORDER BY "AuditEvent"."tenantId", "AuditEvent".seq`;
  const cols = EXPORT_COLUMNS.map((c) => `${sqlOf(c, format)} AS "${c}"`).join(", ");
  const options = format === "csv" ? "WITH (FORMAT csv, HEADER)" : "";
  return `COPY (SELECT ${cols} FROM "AuditEvent" WHERE ${where} ${order}) TO STDOUT ${options}`.trimEnd();
}

/** An exported row back as the fields its hash covers (both formats carry strings). */
export function rowToHashed(row: Record<string, unknown>): HashedAuditFields & { hash: string } {
  const s = (k: string) => (row[k] === null || row[k] === undefined ? null : String(row[k]));
  const changes = row.changes;
  return {
    tenantId: String(row.tenantId),
    seq: BigInt(String(row.seq)),
    at: new Date(String(row.at)),
    actorType: String(row.actorType),
    actorId: s("actorId"),
    actorLabel: s("actorLabel"),
    action: String(row.action),
    targetType: s("targetType"),
    targetId: s("targetId"),
    outcome: String(row.outcome),
    ip: s("ip"),
    userAgent: s("userAgent"),
    requestId: s("requestId"),
    changes: typeof changes === "string" ? (JSON.parse(changes) as unknown) : (changes ?? null),
    prevHash: String(row.prevHash),
    hash: String(row.hash),
  };
}
