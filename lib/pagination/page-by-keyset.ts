import { z } from "zod";
import { OperationError } from "@/lib/operation/operation-error";

/**
 * The paging fields of every list: `after` (or `before`) is the opaque cursor
 * an earlier page answered as `next` (or `prev`); `limit` is the page size.
 */
export const keysetFields = (byDefault = 100) => ({
  after: z.string().max(2000, "expected a cursor from an earlier page").optional(),
  before: z.string().max(2000, "expected a cursor from an earlier page").optional(),
  limit: z.coerce
    .number({ message: "expected a number" })
    .int("expected a whole number")
    .min(1, "between 1 and 500")
    .max(500, "between 1 and 500")
    .default(byDefault),
});

export interface KeysetInput {
  after?: string | undefined;
  before?: string | undefined;
  limit: number;
}

/** One column of the order. The last must be unique (the id), so every row has one place. */
export interface KeyColumn {
  field: string;
  dir: "asc" | "desc";
  kind: "string" | "date" | "bigint" | "int" | "boolean";
}

export interface KeysetPage<T> {
  rows: T[];
  /** Pass as `after` for the next page; null on the last page. */
  next: string | null;
  /** Pass as `before` for the page before; null on the first page. */
  prev: string | null;
}

type Value = string | number | boolean;

function badCursor(field: "after" | "before"): never {
  throw new OperationError("validation", "The page cursor is not valid.", {
    [field]: ["not a cursor this list produced: start from the first page"],
  });
}

function decode(cursor: string, keys: KeyColumn[], field: "after" | "before"): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    badCursor(field);
  }
  if (!Array.isArray(values) || values.length !== keys.length) badCursor(field);
  return keys.map((k, i) => {
    const v: unknown = values[i];
    if (k.kind === "boolean" && typeof v === "boolean") return v;
    if (k.kind === "int" && Number.isSafeInteger(v)) return v;
    if (typeof v !== "string") badCursor(field);
    if (k.kind === "date") {
      const d = new Date(v);
      if (Number.isNaN(d.getTime())) badCursor(field);
      return d;
    }
    if (k.kind === "bigint") {
      if (!/^-?\d{1,19}$/.test(v)) badCursor(field);
      return BigInt(v);
    }
    if (k.kind === "string") return v;
    return badCursor(field);
  });
}

function encode(row: Record<string, unknown>, keys: KeyColumn[]): string {
  const values: Value[] = keys.map(({ field, kind }) => {
    const v = row[field];
    if (kind === "date") return (v as Date).toISOString();
    if (kind === "bigint") return String(v as bigint);
    return v as Value;
  });
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/** A Prisma filter for "beyond v" in one column, or null when nothing can be (booleans have no gt/lt). */
function beyond(kind: KeyColumn["kind"], greater: boolean, v: unknown): unknown {
  if (kind === "boolean") return v === !greater ? !v : null;
  return greater ? { gt: v } : { lt: v };
}

/** Rows strictly after the cursor in the order: (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … */
function afterWhere(keys: KeyColumn[], values: unknown[], forward: boolean) {
  const branches: Record<string, unknown>[] = [];
  keys.forEach((k, i) => {
    const greater = (k.dir === "asc") === forward;
    const last = beyond(k.kind, greater, values[i]);
    if (last === null) return;
    const branch: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) branch[keys[j]!.field] = values[j];
    branch[k.field] = last;
    branches.push(branch);
  });
  return { OR: branches };
}

/**
 * One page of a list in a fixed order, by keyset: the rows after (or before)
 * the cursor's row, compared on the order's columns, so a page deep in the
 * list costs what the first does and rows added meanwhile are neither skipped
 * nor repeated. `find` runs the query with the extra where, order and take.
 */
export async function pageByKeyset<T extends Record<string, unknown>>(
  keys: KeyColumn[],
  input: KeysetInput,
  find: (args: {
    where: Record<string, unknown>;
    orderBy: Record<string, "asc" | "desc">[];
    take: number;
  }) => Promise<T[]>,
): Promise<KeysetPage<T>> {
  const backwards = !!input.before && !input.after;
  const cursor = input.after
    ? decode(input.after, keys, "after")
    : input.before
      ? decode(input.before, keys, "before")
      : null;
  const flip = (d: "asc" | "desc") => (backwards ? (d === "asc" ? "desc" : "asc") : d);
  const rows = await find({
    where: cursor ? afterWhere(keys, cursor, !backwards) : {},
    orderBy: keys.map((k) => ({ [k.field]: flip(k.dir) })),
    take: input.limit + 1,
  });
  const more = rows.length > input.limit;
  const page = rows.slice(0, input.limit);
  if (backwards) page.reverse();
  const first = page[0];
  const last = page[page.length - 1];
  return {
    rows: page,
    next: last && (backwards || more) ? encode(last, keys) : null,
    prev: first && (backwards ? more : !!cursor) ? encode(first, keys) : null,
  };
}
