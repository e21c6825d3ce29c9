import { getConfig } from "@/lib/config/read-config";
import { db } from "@/lib/db";

const TOUCH_EVERY_MS = 60_000;

/**
 * Whether a session may be used for this request: not revoked, not past its
 * absolute lifetime, not idle for longer than the idle timeout. Touches
 * lastSeenAt (at most once a minute, to spare the database).
 */
export async function checkConsoleSession(sessionId: string, userId: string): Promise<boolean> {
  const session = await db.consoleSession.findUnique({ where: { id: sessionId } });
  if (!session || session.userId !== userId || session.revokedAt) return false;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now) return false;
  const idleMs = getConfig().CUSTODIAN_SESSION_IDLE_MINUTES * 60_000;
  if (session.lastSeenAt.getTime() + idleMs <= now) {
    await db.consoleSession.update({
      where: { id: sessionId },
      data: { revokedAt: new Date(), revokedReason: "idle" },
    });
    return false;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.consoleSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(now) } });
  }
  return true;
}
