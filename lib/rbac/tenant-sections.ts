import type { Permission } from "./permissions";

/**
 * A network's pages, by task, with the permission each needs. The sidebar,
 * the command palette and the layout's guard read this one table, so a page a
 * role may not open is neither offered nor shown. (Each operation checks again.)
 */
export const TENANT_SECTIONS = [
  { path: "", label: "overview", group: null, permission: "tenants.read" },
  { path: "/members", label: "members", group: "people", permission: "members.read" },
  { path: "/devices", label: "devices", group: "people", permission: "members.read" },
  { path: "/groups", label: "groups", group: "people", permission: "groups.read" },
  { path: "/console-users", label: "consoleUsers", group: "people", permission: "console_users.read" },
  { path: "/retention", label: "retention", group: "policies", permission: "retention.read" },
  { path: "/holds", label: "holds", group: "policies", permission: "legal_holds.read" },
  { path: "/federation", label: "federation", group: "federation", permission: "federation.read" },
  { path: "/audit", label: "audit", group: "compliance", permission: "audit.read" },
  { path: "/settings", label: "settings", group: "settings", permission: "tenants.update" },
  { path: "/tokens", label: "tokens", group: "settings", permission: "tokens.read" },
] as const satisfies readonly {
  path: string;
  label: string;
  group: string | null;
  permission: Permission;
}[];

export type TenantSection = (typeof TENANT_SECTIONS)[number];

/** The section a path inside /tenants/{id} belongs to ("" for the network's own page). */
export function sectionOf(subpath: string): TenantSection | undefined {
  return (
    TENANT_SECTIONS.filter((s) => s.path !== "").find((s) => subpath === s.path || subpath.startsWith(`${s.path}/`)) ??
    (subpath === "" ? TENANT_SECTIONS[0] : undefined)
  );
}
