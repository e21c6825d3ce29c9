import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { PLATFORM_CHAIN } from "@/lib/audit-chain/audit-actions";
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
    await endIdleSession(sessionId, userId, getConfig().CUSTODIAN_SESSION_IDLE_MINUTES);
    return false;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.consoleSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(now) } });
  }
  return true;
}

/**
 * Ends an idle session and records it, as ending a session by hand is: in one
 * transaction with its audit event. Requests racing on the same idle session
 * end it once, and only that one records it.
 */
async function endIdleSession(sessionId: string, userId: string, idleMinutes: number) {
  await db.$transaction(async (tx) => {
    const ended = await tx.consoleSession.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: "idle" },
    });
    if (ended.count === 0) return;
    await appendAuditEvent(tx, {
      tenantId: PLATFORM_CHAIN,
      action: "session.revoke",
      outcome: "success",
      actor: { type: "system", label: "idle timeout" },
      target: { type: "session", id: sessionId },
      changes: { after: { reason: "idle", userId, idleMinutes } },
    });
  });
}
