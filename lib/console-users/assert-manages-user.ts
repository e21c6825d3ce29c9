import type { Prisma } from "@/lib/generated/prisma/client";
import { forbidden, notFound } from "@/lib/operation/operation-error";
import { type Ctx, can } from "@/lib/rbac/actor";

/**
 * Account-wide actions (deactivate, reset MFA, end sessions) reach beyond one
 * network. A tenant admin may take them only on someone whose every role is in a
 * network the admin manages, and never on a platform operator or themselves.
 */
export async function assertManagesUser(tx: Prisma.TransactionClient, ctx: Ctx, tenantId: string, userId: string) {
  const user = await tx.consoleUser.findUnique({ where: { id: userId }, include: { roleGrants: true } });
  if (!user || !user.roleGrants.some((g) => g.tenantId === tenantId)) throw notFound("The console user");
  const a = ctx.actor;
  if (a.type === "console_user" && a.id === userId) throw forbidden();
  if (a.type === "console_user" && a.isPlatformOperator) return user;
  if (user.isPlatformOperator) throw forbidden();
  if (!user.roleGrants.every((g) => can(a, "console_users.write", g.tenantId))) throw forbidden();
  return user;
}
