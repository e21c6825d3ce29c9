import { z } from "zod";
import { TENANT_ROLES, type TenantRole } from "@/lib/rbac/permissions";

// How an IdP group becomes a console role in one network. Platform operators are
// local accounts only: no IdP group can make someone one.
export const roleMappingSchema = z.object({
  group: z.string().trim().min(1, "enter the IdP group name").max(256),
  tenantId: z.uuid({ message: "choose a network" }),
  role: z.enum(TENANT_ROLES, { message: "choose a role" }),
});
export const roleMappingsSchema = z.array(roleMappingSchema).max(200);
export type RoleMapping = z.infer<typeof roleMappingSchema>;

const STRENGTH: Record<TenantRole, number> = { tenant_admin: 4, compliance_officer: 3, auditor: 2, helpdesk: 1 };

/** tenantId → role for a user in `groups`; the strongest role wins where several map to one network. */
export function rolesForGroups(mappings: RoleMapping[], groups: string[]): Map<string, TenantRole> {
  const member = new Set(groups);
  const out = new Map<string, TenantRole>();
  for (const m of mappings) {
    if (!member.has(m.group)) continue;
    const current = out.get(m.tenantId);
    if (!current || STRENGTH[m.role] > STRENGTH[current]) out.set(m.tenantId, m.role);
  }
  return out;
}

/** The groups claim may be an array or a single string; anything else means no groups. */
export function readGroupsClaim(profile: Record<string, unknown>, claim: string): string[] {
  const value = profile[claim];
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === "string");
  return typeof value === "string" ? [value] : [];
}
