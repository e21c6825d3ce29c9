import { escapeLiteral } from "pg";
import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from "@/lib/audit-chain/audit-actions";

/** Action groups: the prefix of each action name ("member" for member.suspend, …). */
export const AUDIT_ACTION_GROUPS = [...new Set(AUDIT_ACTIONS.map((a) => a.split(".")[0]!))];

// A form sends "" for an untouched field: that means "no filter", not an invalid value.
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const instant = z.iso.datetime({ offset: true, message: "expected a date and time with a timezone (ISO 8601)" });

/**
 * The one filter over the audit log: the explorer lists it, exports and
 * schedules copy it, and both turn it into the same SQL (auditFilterSql), so an
 * export holds exactly the rows the explorer showed. Times are instants (UTC).
 */
export const auditFilterFields = z.object({
  from: optional(instant),
  to: optional(instant),
  actor: optional(z.string().trim().max(200, "at most 200 characters")),
  action: optional(
    z
      .string()
      .max(100, "expected an audit action, or a group such as member.*")
      .refine(
        (v) =>
          (AUDIT_ACTIONS as readonly string[]).includes(v) ||
          (v.endsWith(".*") && AUDIT_ACTION_GROUPS.includes(v.slice(0, -2))),
        "expected an audit action, or a group such as member.*",
      ),
  ),
  targetType: optional(
    z
      .string()
      .max(64, "at most 64 characters")
      .regex(/^[a-z_]{1,64}$/, "expected a target type such as member or group"),
  ),
  targetId: optional(z.string().trim().max(200, "at most 200 characters")),
  outcome: optional(z.enum(AUDIT_OUTCOMES, { message: `expected one of ${AUDIT_OUTCOMES.join(", ")}` })),
  q: optional(z.string().trim().max(200, "at most 200 characters")),
});

/** Adds the range check to a schema built on auditFilterFields (zod cannot extend a refined object). */
export function withRangeCheck<T extends z.ZodType<{ from?: string | undefined; to?: string | undefined }>>(schema: T) {
  return schema.refine((f) => !f.from || !f.to || Date.parse(f.from) < Date.parse(f.to), {
    path: ["to"],
    message: "must be after the start of the range",
  });
}

export const auditFilterSchema = withRangeCheck(auditFilterFields);

export type AuditFilter = z.infer<typeof auditFilterSchema>;

const like = (s: string) => escapeLiteral(`%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);

/**
 * The WHERE clause for a filter over "AuditEvent", with every value inlined as
 * an escaped literal: COPY, which streams the exports, takes no bind parameters.
 * `tenantIds` null means every chain (the operator's view).
 */
export function auditFilterSql(tenantIds: readonly string[] | null, f: AuditFilter): string {
  const where: string[] = [];
  if (tenantIds) where.push(`"tenantId" IN (${tenantIds.map(escapeLiteral).join(", ") || "NULL"})`);
  if (f.from) where.push(`at >= ${escapeLiteral(new Date(f.from).toISOString())}::timestamptz`);
  if (f.to) where.push(`at < ${escapeLiteral(new Date(f.to).toISOString())}::timestamptz`);
  if (f.actor) where.push(`("actorId" = ${escapeLiteral(f.actor)} OR "actorLabel" ILIKE ${like(f.actor)})`);
  if (f.action?.endsWith(".*")) where.push(`action LIKE ${escapeLiteral(`${f.action.slice(0, -2)}.%`)}`);
  else if (f.action) where.push(`action = ${escapeLiteral(f.action)}`);
  if (f.targetType) where.push(`"targetType" = ${escapeLiteral(f.targetType)}`);
  if (f.targetId) where.push(`"targetId" = ${escapeLiteral(f.targetId)}`);
  if (f.outcome) where.push(`outcome = ${escapeLiteral(f.outcome)}::"AuditOutcome"`);
  if (f.q) {
    // Events store target ids; their names live in the directory. Search the
    // names there (within the networks in view) and match the ids found.
    const scope = tenantIds ? `AND "tenantId"::text IN (${tenantIds.map(escapeLiteral).join(", ") || "NULL"})` : "";
    const q = like(f.q);
    where.push(`("targetId" = ${escapeLiteral(f.q)} OR "targetId" IN (
      SELECT id::text FROM "Member" WHERE ("displayName" ILIKE ${q} OR email ILIKE ${q}) ${scope}
      UNION ALL SELECT id::text FROM "SecurityGroup" WHERE name ILIKE ${q} ${scope}
      UNION ALL SELECT id::text FROM "FederationPartner" WHERE "displayName" ILIKE ${q} ${scope}
      UNION ALL SELECT id::text FROM "LegalHold" WHERE name ILIKE ${q} ${scope}
      UNION ALL SELECT id::text FROM "Tenant" WHERE name ILIKE ${q} ${tenantIds ? scope.replace('"tenantId"', "id") : ""}
      UNION ALL SELECT id::text FROM "ConsoleUser" WHERE name ILIKE ${q} OR email ILIKE ${q}))`);
  }
  return where.length ? where.join(" AND ") : "TRUE";
}

/** The filter without its unset fields: what manifests and audit events record. */
export function compactFilter(f: AuditFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as Record<string, string>;
}
