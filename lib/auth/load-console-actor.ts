import { db } from "@/lib/db";
import type { Actor } from "@/lib/rbac/actor";

/**
 * A console user's actor, built from the database as it is now: status, platform
 * role and per-tenant grants. Null when the account may not act at all.
 */
export async function loadConsoleActor(userId: string, sessionId?: string) {
  const user = await db.consoleUser.findUnique({
    where: { id: userId },
    include: {
      roleGrants: {
        include: { tenant: { select: { id: true, name: true, slug: true, requireMfa: true } } },
        orderBy: { tenant: { name: "asc" } },
      },
    },
  });
  if (!user || user.status !== "active") return null;
  if (!user.isPlatformOperator && user.roleGrants.length === 0) return null;
  const platform = await db.platformSetting.findUnique({ where: { id: 1 } });
  const mfaRequired = !!platform?.requireMfa || user.roleGrants.some((g) => g.tenant.requireMfa);
  const mfaPending = mfaRequired && !user.totpEnabledAt;
  const actor: Extract<Actor, { type: "console_user" }> = {
    type: "console_user",
    id: user.id,
    email: user.email,
    isPlatformOperator: user.isPlatformOperator,
    grants: new Map(user.roleGrants.map((g) => [g.tenantId, g.role])),
    sessionId,
    mfaPending,
  };
  return { user, actor, mfaPending };
}
