import { parse } from "scim2-parse-filter";
import { Prisma } from "@/lib/generated/prisma/client";
import { ScimError } from "./scim-error";
import type { ScimAttribute } from "./scim-schema";

type Node = {
  op: string;
  attrPath?: string;
  compValue?: unknown;
  filters?: Node[];
  filter?: Node;
  valFilter?: Node;
};

/** The attributes a filter may name, by namespace: "" for the core schema, or an extension's URN. */
export interface FilterScope {
  core: string;
  namespaces: Record<string, ScimAttribute[]>;
}

export const MAX_FILTER_LENGTH = 2000;

const invalid = (detail: string) => new ScimError(400, "invalidFilter", detail);

/** Every attribute path a filter may name in a scope, as SCIM spells them (for messages and the conformance test). */
export function filterablePaths(scope: FilterScope): string[] {
  const out: string[] = [];
  for (const [ns, attrs] of Object.entries(scope.namespaces)) {
    const prefix = ns ? `${ns}:` : "";
    for (const a of attrs) {
      if (a.sql) out.push(`${prefix}${a.name}`);
      for (const s of a.subAttributes ?? []) out.push(`${prefix}${a.name}.${s.name}`);
    }
  }
  return out;
}

interface Resolved {
  attr: ScimAttribute;
  /** The complex attribute it belongs to, whose scope wraps the condition. */
  parent?: ScimAttribute;
}

function findAttr(list: ScimAttribute[], name: string) {
  return list.find((a) => a.name.toLowerCase() === name.toLowerCase());
}

/** An attribute path (case-insensitive, optionally URN-qualified) to its definition. */
function resolve(scope: FilterScope, attrPath: string, within?: ScimAttribute): Resolved {
  if (within) {
    const sub = findAttr(within.subAttributes ?? [], attrPath);
    if (!sub)
      throw invalid(
        `${within.name} has no sub-attribute ${attrPath}: use ${(within.subAttributes ?? []).map((s) => s.name).join(", ")}.`,
      );
    return { attr: sub };
  }
  let rest = attrPath;
  let list = scope.namespaces[""]!;
  const lower = attrPath.toLowerCase();
  for (const ns of Object.keys(scope.namespaces)) {
    const urn = (ns || scope.core).toLowerCase();
    if (lower.startsWith(`${urn}:`)) {
      rest = attrPath.slice(urn.length + 1);
      list = scope.namespaces[ns]!;
      break;
    }
  }
  const [head, sub] = rest.split(".", 2) as [string, string | undefined];
  const attr = findAttr(list, head);
  if (!attr)
    throw invalid(`Filtering on ${attrPath} is not supported. Filterable: ${filterablePaths(scope).join(", ")}.`);
  if (attr.subAttributes) {
    // A complex attribute named alone stands for its value (RFC 7644 §3.4.2.2: "emails eq …").
    const name = sub ?? "value";
    const child = findAttr(attr.subAttributes, name);
    if (!child)
      throw invalid(
        `${attr.name} has no sub-attribute ${name}: use ${attr.subAttributes.map((s) => s.name).join(", ")}.`,
      );
    return { attr: child, parent: attr };
  }
  if (sub) throw invalid(`${attr.name} has no sub-attributes.`);
  return { attr };
}

const BOOL = /^(true|false)$/i;

/** One comparison, null-safe: an attribute with no value compares false, so `not (…)` includes it. */
function compare(attr: ScimAttribute, op: string, value: unknown, path: string): Prisma.Sql {
  const sql = attr.sql!;
  const safe = (cond: Prisma.Sql) => Prisma.sql`coalesce((${cond}), false)`;
  if (op === "pr")
    return attr.type === "string" ? safe(Prisma.sql`${sql} <> ''`) : safe(Prisma.sql`${sql} IS NOT NULL`);
  if (value === null) {
    if (op === "eq") return Prisma.sql`NOT ${compare(attr, "pr", undefined, path)}`;
    if (op === "ne") return compare(attr, "pr", undefined, path);
    throw invalid(`${path} ${op} null is not a comparison: use eq null, ne null or pr.`);
  }
  switch (attr.type) {
    case "boolean": {
      const b =
        typeof value === "boolean"
          ? value
          : typeof value === "string" && BOOL.test(value)
            ? /^true$/i.test(value)
            : null;
      if (b === null) throw invalid(`${path} is a boolean: compare it with true or false.`);
      if (op !== "eq" && op !== "ne") throw invalid(`${path} is a boolean: use eq, ne or pr, not ${op}.`);
      const is = safe(sql);
      return (op === "eq") === b ? is : Prisma.sql`NOT ${is}`;
    }
    case "dateTime": {
      if (
        typeof value !== "string" ||
        !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
        Number.isNaN(Date.parse(value))
      )
        throw invalid(`${path} is a date and time: compare it with an ISO 8601 string such as "2026-01-31T12:00:00Z".`);
      const at = new Date(value);
      const ops: Record<string, string> = { eq: "=", ne: "<>", gt: ">", ge: ">=", lt: "<", le: "<=" };
      if (!ops[op]) throw invalid(`${path} is a date and time: use eq, ne, gt, ge, lt, le or pr, not ${op}.`);
      return safe(Prisma.sql`${sql} ${Prisma.raw(ops[op])} ${at}::timestamptz`);
    }
    default: {
      if (typeof value !== "string") throw invalid(`${path} is a string: compare it with a quoted value.`);
      if (value.length > 1000) throw invalid(`The value compared with ${path} is longer than 1,000 characters.`);
      const folds = !attr.caseExact && !attr.lowered;
      const a = folds ? Prisma.sql`lower(${sql})` : sql;
      const v = attr.caseExact ? Prisma.sql`${value}::text` : Prisma.sql`lower(${value}::text)`;
      const equal = attr.eq && !attr.caseExact ? attr.eq(v) : Prisma.sql`${a} = ${v}`;
      // LIKE with the value's own wildcards escaped: the trigram indexes serve it.
      const like = (pattern: string) =>
        safe(Prisma.sql`${sql} ${Prisma.raw(attr.caseExact ? "LIKE" : "ILIKE")} ${pattern} ESCAPE '\\'`);
      const literal = value.replace(/[\\%_]/g, (c) => `\\${c}`);
      switch (op) {
        case "eq":
          return safe(equal);
        case "ne":
          return Prisma.sql`NOT ${safe(equal)}`;
        case "co":
          return like(`%${literal}%`);
        case "sw":
          return like(`${literal}%`);
        case "ew":
          return like(`%${literal}`);
        case "gt":
          return safe(Prisma.sql`${a} > ${v}`);
        case "ge":
          return safe(Prisma.sql`${a} >= ${v}`);
        case "lt":
          return safe(Prisma.sql`${a} < ${v}`);
        case "le":
          return safe(Prisma.sql`${a} <= ${v}`);
        default:
          throw invalid(`The operator ${op} is not a SCIM operator.`);
      }
    }
  }
}

function compileNode(scope: FilterScope, n: Node, within?: ScimAttribute): Prisma.Sql {
  switch (n.op) {
    case "and":
    case "or":
      return Prisma.sql`(${Prisma.join(
        (n.filters ?? []).map((f) => compileNode(scope, f, within)),
        n.op === "and" ? " AND " : " OR ",
      )})`;
    case "not":
      return Prisma.sql`NOT (${compileNode(scope, n.filter!, within)})`;
    case "[]": {
      if (within) throw invalid("A value filter cannot hold another value filter.");
      const { attr, parent } = resolve(scope, n.attrPath ?? "");
      const complex = parent ?? attr;
      if (!complex.subAttributes || !complex.scope) throw invalid(`${n.attrPath} is not a complex attribute.`);
      return complex.scope(compileNode(scope, n.valFilter!, complex));
    }
    default: {
      const { attr, parent } = resolve(scope, n.attrPath ?? "", within);
      const condition = compare(attr, n.op, n.compValue, n.attrPath ?? "");
      return parent?.scope ? parent.scope(condition) : condition;
    }
  }
}

/**
 * A SCIM filter (RFC 7644 §3.4.2.2) as an SQL condition: every operator
 * (eq ne co sw ew gt ge lt le pr), and / or / not with parentheses, value
 * filters (`emails[type eq "work"]`), over every attribute the resource's
 * schema lists, URN-qualified or not. Strings compare case-insensitively
 * unless the attribute is caseExact. Anything it cannot answer is
 * 400 invalidFilter naming the part, never a silent full list.
 */
export function compileScimFilter(scope: FilterScope, filter: string | null | undefined): Prisma.Sql {
  if (!filter?.trim()) return Prisma.sql`TRUE`;
  if (filter.length > MAX_FILTER_LENGTH)
    throw invalid(`The filter is longer than ${MAX_FILTER_LENGTH.toLocaleString("en-US")} characters.`);
  let ast: Node;
  try {
    ast = parse(filter) as Node;
  } catch (err) {
    throw invalid(`The filter could not be parsed: ${err instanceof Error ? err.message : String(err)}`);
  }
  return compileNode(scope, ast);
}
