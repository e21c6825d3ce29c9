// The one permission matrix. A permission is "resource.action"; a role is the
// set of permissions it holds in a tenant. Platform operators hold every
// permission in every tenant, plus the platform-only ones.

export const TENANT_PERMISSIONS = [
  "tenants.read",
  "tenants.update",
  "members.read",
  "members.invite",
  "members.update",
  "members.suspend",
  "members.reactivate",
  "members.reset_devices",
  "members.delete",
  "groups.read",
  "groups.write",
  "policies.read",
  "policies.write",
  "retention.read",
  "retention.write",
  "legal_holds.read",
  "legal_holds.write",
  "federation.read",
  "federation.write",
  "sso.read",
  "sso.write",
  "tokens.read",
  "tokens.write",
  "console_users.read",
  "console_users.write",
  "audit.read",
  "audit.export",
  "audit.verify",
  // Scheduled exports are configuration (a recurring job and a target directory), not a read.
  "audit.schedule",
  // Machine-only scopes: the messaging service and identity providers.
  "service.policies.read",
  "service.federation.decide",
  "service.events.write",
  "scim.provision",
] as const;

export const PLATFORM_PERMISSIONS = [
  "platform.tenants.create",
  "platform.tenants.suspend",
  "platform.tenants.delete",
  "platform.tenants.set_plan",
  "platform.settings.write",
  "platform.sso.read",
  "platform.sso.write",
  "platform.console_users.read",
  "platform.audit.read",
  "platform.signing_keys.rotate",
] as const;

export type TenantPermission = (typeof TENANT_PERMISSIONS)[number];
export type PlatformPermission = (typeof PLATFORM_PERMISSIONS)[number];
export type Permission = TenantPermission | PlatformPermission;

export const TENANT_ROLES = ["tenant_admin", "compliance_officer", "auditor", "helpdesk"] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

const READ: TenantPermission[] = TENANT_PERMISSIONS.filter((p) => p.endsWith(".read") && !p.startsWith("service."));

export const ROLE_PERMISSIONS: Record<TenantRole, ReadonlySet<TenantPermission>> = {
  tenant_admin: new Set<TenantPermission>([
    ...READ,
    "tenants.update",
    "members.invite",
    "members.update",
    "members.suspend",
    "members.reactivate",
    "members.reset_devices",
    "members.delete",
    "groups.write",
    "policies.write",
    "federation.write",
    "sso.write",
    "tokens.write",
    "console_users.write",
    "audit.schedule",
  ]),
  compliance_officer: new Set<TenantPermission>([
    ...READ,
    "retention.write",
    "legal_holds.write",
    "audit.export",
    "audit.verify",
    "audit.schedule",
  ]),
  auditor: new Set<TenantPermission>([...READ, "audit.export", "audit.verify"]),
  helpdesk: new Set<TenantPermission>([
    "tenants.read",
    "members.read",
    "groups.read",
    "members.invite",
    "members.suspend",
    "members.reactivate",
    "members.reset_devices",
  ]),
};

/** Scopes a machine token may carry: any tenant permission that is not about console users or tokens. */
export const TOKEN_SCOPES: readonly TenantPermission[] = TENANT_PERMISSIONS.filter(
  (p) => !p.startsWith("console_users.") && !p.startsWith("tokens."),
);

export function isPlatformPermission(p: Permission): p is PlatformPermission {
  return (PLATFORM_PERMISSIONS as readonly string[]).includes(p);
}

export function roleHas(role: TenantRole, permission: Permission): boolean {
  return !isPlatformPermission(permission) && ROLE_PERMISSIONS[role].has(permission);
}
