import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Ctx } from "@/lib/rbac/actor";
import { checkConsoleSession } from "@/lib/sessions/check-console-session";
import { baseAuthOptions } from "./auth-options";
import { loadConsoleActor } from "./load-console-actor";
import { readRequestMeta } from "./read-request-meta";

async function loadSession() {
  const session = (await getServerSession(baseAuthOptions())) as { userId?: string; sessionId?: string } | null;
  if (!session?.userId || !session.sessionId) return null;
  // Status, roles and the session row are read fresh on every request: a
  // deactivated account, a revoked session or a removed last role is refused
  // on the very next request, whatever the cookie says.
  const loaded = await loadConsoleActor(session.userId, session.sessionId);
  if (!loaded) return null;
  if (!(await checkConsoleSession(session.sessionId, session.userId))) return null;
  const ctx: Ctx = { actor: loaded.actor, request: await readRequestMeta() };
  return { user: loaded.user, ctx, mfaPending: loaded.mfaPending };
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
