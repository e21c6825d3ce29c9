import type { Permission } from "./permissions";

/**
 * A network's pages, by task, with the permission each needs. The sidebar,
 * the command palette and the layout's guard read this one table, so a page a
 * role may not open is neither offered nor shown. (Each operation checks again.)
 */
export const TENANT_SECTIONS = [
  { path: "", label: "overview", group: null, anyOf: ["tenants.read"] },
  { path: "/members", label: "members", group: "people", anyOf: ["members.read"] },
  { path: "/devices", label: "devices", group: "people", anyOf: ["members.read"] },
  { path: "/groups", label: "groups", group: "people", anyOf: ["groups.read"] },
  { path: "/console-users", label: "consoleUsers", group: "people", anyOf: ["console_users.read"] },
  { path: "/retention", label: "retention", group: "policies", anyOf: ["retention.read"] },
  { path: "/holds", label: "holds", group: "policies", anyOf: ["legal_holds.read"] },
  { path: "/federation", label: "federation", group: "federation", anyOf: ["federation.read"] },
  { path: "/audit", label: "audit", group: "compliance", anyOf: ["audit.read"] },
  { path: "/settings", label: "settings", group: "settings", anyOf: ["tenants.update", "sso.read"] },
  { path: "/tokens", label: "tokens", group: "settings", anyOf: ["tokens.read"] },
  { path: "/messaging", label: "messaging", group: "settings", anyOf: ["tenants.read"] },
] as const satisfies readonly {
  path: string;
  label: string;
  group: string | null;
  // The permissions that open it, any one of them (settings: editing the network, or reading its member SSO).
  anyOf: readonly Permission[];
}[];

export type TenantSection = (typeof TENANT_SECTIONS)[number];

/** The section a path inside /tenants/{id} belongs to ("" for the network's own page). */
export function sectionOf(subpath: string): TenantSection | undefined {
  return (
    TENANT_SECTIONS.filter((s) => s.path !== "").find((s) => subpath === s.path || subpath.startsWith(`${s.path}/`)) ??
    (subpath === "" ? TENANT_SECTIONS[0] : undefined)
  );
}
