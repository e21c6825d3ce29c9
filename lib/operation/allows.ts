import type { AnyOperation, Operation } from "./define-operation";
import { type Ctx, can } from "@/lib/rbac/actor";

/**
 * Whether the caller may run the operation: what a page asks before it shows
 * the operation's button, form or section. The page names the operation, never
 * the permission, so the one place that says which permission an operation
 * needs is its spec (a test fails on a permission string in app/ or components/).
 */
export function allows(ctx: Ctx, operation: AnyOperation, tenantId?: string): boolean {
  const { permission } = (operation as unknown as Operation).spec;
  if (permission === "signed_in") return !(ctx.actor.type === "console_user" && ctx.actor.mfaPending);
  return can(ctx.actor, permission, tenantId);
}
