import { escapeLiteral } from "pg";
import { z } from "zod";
import type { db as Db } from "@/lib/db";
import { auditFilterSql, type AuditFilter } from "./audit-filter";

/** Shown as "10,000+" beyond this: an exact count over millions of rows is most of a page's time. */
export const COUNT_CAP = 10_000;

/** The cursor, direction and page size of a search, one network's or every network's. */
export const paging = {
  cursor: z
    .string()
    .max(200, "expected a cursor from an earlier page")
    .regex(/^[A-Za-z0-9_-]{1,200}$/, "expected a cursor from an earlier page")
    .optional(),
  // "before" pages backwards from a cursor (the "newer" link).
  back: z.enum(["0", "1"]).default("0"),
  dir: z.enum(["desc", "asc"], { message: "expected desc or asc" }).default("desc"),
  pageSize: z.coerce
    .number({ message: "expected a number" })
    .int("expected a whole number")
    .min(1, "between 1 and 200")
    .max(200, "between 1 and 200")
    .default(50),
};

export interface AuditRow {
  tenantId: string;
  seq: bigint;
  at: Date;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: "success" | "denied" | "failed";
  ip: string | null;
}

interface Key {
  at: string;
  t: string;
  s: string;
}
const encode = (r: AuditRow) =>
  Buffer.from(JSON.stringify({ at: r.at.toISOString(), t: r.tenantId, s: r.seq.toString() } satisfies Key)).toString(
    "base64url",
  );
function decode(cursor: string): Key | null {
  try {
    const k = JSON.parse(Buffer.from(cursor, "base64url").toString()) as Key;
    return typeof k.at === "string" && !Number.isNaN(Date.parse(k.at)) && /^\d{1,19}$/.test(k.s) && k.t ? k : null;
  } catch {
    return null;
  }
}

/**
 * One page of the audit log by keyset: within one network in chain order
 * (seq), across networks by time then network then seq. Pages never shift
 * while events are appended, however deep the reader goes.
 */
export async function searchPage(
  database: typeof Db,
  tenantIds: string[] | null,
  input: AuditFilter & { cursor?: string | undefined; back: "0" | "1"; dir: "asc" | "desc"; pageSize: number },
) {
  const where = auditFilterSql(tenantIds, input);
  const single = tenantIds?.length === 1;
  // Paging back walks the other way, then the page is put back in display order.
  const walk = input.back === "1" ? (input.dir === "desc" ? "asc" : "desc") : input.dir;
  const cmp = walk === "desc" ? "<" : ">";
  const k = input.cursor ? decode(input.cursor) : null;
  const after = k
    ? single
      ? `AND seq ${cmp} ${escapeLiteral(k.s)}::bigint`
      : `AND (at, "tenantId", seq) ${cmp} (${escapeLiteral(k.at)}::timestamptz, ${escapeLiteral(k.t)}, ${escapeLiteral(k.s)}::bigint)`
    : "";
  const order = single ? `seq ${walk}` : `at ${walk}, "tenantId" ${walk}, seq ${walk}`;
  const [rows, counted] = await Promise.all([
    database.$queryRawUnsafe<AuditRow[]>(
      `SELECT "tenantId", seq, at, "actorType", "actorId", "actorLabel", action, "targetType", "targetId", outcome::text AS outcome, ip
       FROM "AuditEvent" WHERE ${where} ${after} ORDER BY ${order} LIMIT ${input.pageSize + 1}`,
    ),
    database.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM "AuditEvent" WHERE ${where} LIMIT ${COUNT_CAP + 1}) s`,
    ),
  ]);
  const more = rows.length > input.pageSize;
  const page = rows.slice(0, input.pageSize);
  if (input.back === "1") page.reverse();
  const total = Number(counted[0]?.n ?? 0);
  // Which neighbours exist: walking forward, "more" means an older page; walking back, a newer one.
  const hasNext = input.back === "1" ? Boolean(k) : more;
  const hasPrev = input.back === "1" ? more : Boolean(k);
  return {
    rows: page,
    total: Math.min(total, COUNT_CAP),
    totalCapped: total > COUNT_CAP,
    next: hasNext && page.length ? encode(page[page.length - 1]!) : null,
    prev: hasPrev && page.length ? encode(page[0]!) : null,
  };
}
