import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/rbac/actor";
import { checkConsoleSession } from "@/lib/sessions/check-console-session";
import { baseAuthOptions } from "./auth-options";
import { readRequestMeta } from "./read-request-meta";

async function loadSession() {
  const session = (await getServerSession(baseAuthOptions())) as { userId?: string; sessionId?: string } | null;
  if (!session?.userId || !session.sessionId) return null;
  const user = await db.consoleUser.findUnique({
    where: { id: session.userId },
    include: {
      roleGrants: {
        include: { tenant: { select: { id: true, name: true, slug: true, requireMfa: true } } },
        orderBy: { tenant: { name: "asc" } },
      },
    },
  });
  // Status, roles and the session row are read fresh on every request: a
  // deactivated account, a revoked session or a removed last role is refused
  // on the very next request, whatever the cookie says.
  if (!user || user.status !== "active") return null;
  if (!user.isPlatformOperator && user.roleGrants.length === 0) return null;
  if (!(await checkConsoleSession(session.sessionId, user.id))) return null;

  const platform = await db.platformSetting.findUnique({ where: { id: 1 } });
  const mfaRequired = !!platform?.requireMfa || user.roleGrants.some((g) => g.tenant.requireMfa);
  const mfaPending = mfaRequired && !user.totpEnabledAt;
  const ctx: Ctx = {
    actor: {
      type: "console_user",
      id: user.id,
      email: user.email,
      isPlatformOperator: user.isPlatformOperator,
      grants: new Map(user.roleGrants.map((g) => [g.tenantId, g.role])),
      sessionId: session.sessionId,
      mfaPending,
    },
    request: await readRequestMeta(),
  };
  return { user, ctx, mfaPending };
}

/** The signed-in console user, their grants and an operation context; null when signed out. */
export const getCurrentUser = cache(loadSession);

/** For console pages: the signed-in user, or a redirect to sign-in (or to MFA set-up when it is due). */
export async function requireCurrentUser() {
  const current = await getCurrentUser();
  if (!current) redirect("/sign-in");
  if (current.mfaPending) {
    const path = (await headers()).get("x-custodian-path") ?? "";
    if (!path.startsWith("/account")) redirect("/account?mfa=required");
  }
  return current;
}
