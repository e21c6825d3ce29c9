import { parse } from "scim2-parse-filter";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ScimError } from "./scim-error";

type Node = { op: string; attrPath?: string; compValue?: unknown; filters?: Node[] };

const ATTRS: Record<string, "email" | "externalId"> = {
  username: "email",
  "emails.value": "email",
  externalid: "externalId",
};

/**
 * A SCIM filter (RFC 7644 §3.4.2.2) as a Prisma condition on Member. Supported:
 * eq, co and sw on userName, emails.value and externalId, joined by and / or.
 * Anything else is a clear invalidFilter error, never a silent full list.
 */
export function scimFilterToWhere(filter: string | null): Prisma.MemberWhereInput {
  if (!filter) return {};
  let ast: Node;
  try {
    ast = parse(filter) as Node;
  } catch (err) {
    throw new ScimError(
      400,
      "invalidFilter",
      `The filter could not be parsed: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const walk = (n: Node): Prisma.MemberWhereInput => {
    if (n.op === "and" || n.op === "or") {
      const parts = (n.filters ?? []).map(walk);
      return n.op === "and" ? { AND: parts } : { OR: parts };
    }
    const column = ATTRS[(n.attrPath ?? "").toLowerCase()];
    if (!column)
      throw new ScimError(
        400,
        "invalidFilter",
        `Filtering on ${n.attrPath} is not supported: use userName, emails.value or externalId.`,
      );
    if (typeof n.compValue !== "string")
      throw new ScimError(400, "invalidFilter", `Compare ${n.attrPath} with a string.`);
    // userName and emails are stored lower-cased; SCIM compares them case-insensitively.
    const value = column === "email" ? n.compValue.toLowerCase() : n.compValue;
    switch (n.op) {
      case "eq":
        return { [column]: value };
      case "co":
        return { [column]: { contains: value } };
      case "sw":
        return { [column]: { startsWith: value } };
      default:
        throw new ScimError(400, "invalidFilter", `The operator ${n.op} is not supported: use eq, co or sw.`);
    }
  };
  return walk(ast);
}
