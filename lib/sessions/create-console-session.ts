import { getConfig } from "@/lib/config/read-config";
import { db } from "@/lib/db";
import type { RequestMeta } from "@/lib/rbac/actor";

/** Opens the server-side session a sign-in cookie will name. */
export async function createConsoleSession(userId: string, method: string, request: RequestMeta): Promise<string> {
  const { CUSTODIAN_SESSION_MAX_HOURS } = getConfig();
  const session = await db.consoleSession.create({
    data: {
      userId,
      method,
      ip: request.ip ?? null,
      userAgent: request.userAgent?.slice(0, 512) ?? null,
      expiresAt: new Date(Date.now() + CUSTODIAN_SESSION_MAX_HOURS * 3_600_000),
    },
    select: { id: true },
  });
  return session.id;
}
