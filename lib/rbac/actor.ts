import type { Permission, TenantPermission, TenantRole } from "./permissions";
import { isPlatformPermission, roleHas } from "./permissions";

export interface RequestMeta {
  ip?: string | undefined;
  userAgent?: string | undefined;
  requestId?: string | undefined;
}

export type Actor =
  | {
      type: "console_user";
      id: string;
      email: string;
      isPlatformOperator: boolean;
      /** tenantId → role, read from the database for this request. */
      grants: ReadonlyMap<string, TenantRole>;
      sessionId?: string;
      /** MFA is required of this user but not set up: only their own account is open. */
      mfaPending?: boolean;
    }
  | { type: "token"; id: string; tenantId: string; name: string; scopes: ReadonlySet<TenantPermission> }
  | { type: "system"; label: string };

/** The caller of an operation: who, and the request they came through. */
export interface Ctx {
  actor: Actor;
  request: RequestMeta;
}

/** Whether the actor holds the permission; tenant permissions need the tenant. */
export function can(actor: Actor, permission: Permission, tenantId?: string): boolean {
  switch (actor.type) {
    case "system":
      return true;
    case "console_user":
      if (actor.mfaPending) return false;
      if (actor.isPlatformOperator) return true;
      if (isPlatformPermission(permission) || !tenantId) return false;
      {
        const role = actor.grants.get(tenantId);
        return !!role && roleHas(role, permission);
      }
    case "token":
      return !isPlatformPermission(permission) && actor.tenantId === tenantId && actor.scopes.has(permission);
  }
}

export function actorLabel(actor: Actor): string {
  return actor.type === "console_user" ? actor.email : actor.type === "token" ? `token:${actor.name}` : actor.label;
}
