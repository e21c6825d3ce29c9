import { describe, expect, it } from "vitest";
import { PLATFORM_CHAIN } from "@/lib/audit-chain/audit-actions";
import { db } from "@/lib/db";
import { createConsoleUser, createTenant } from "@/lib/testing/factories";
import { checkConsoleSession } from "./check-console-session";

// Defaults: 30 minutes idle, 12 hours absolute (CUSTODIAN_SESSION_IDLE_MINUTES / _MAX_HOURS).
async function sessionFor(overrides: { lastSeenAt?: Date; expiresAt?: Date; revokedAt?: Date } = {}) {
  const tenant = await createTenant();
  const user = await createConsoleUser({ grants: [[tenant.id, "auditor"]] });
  const s = await db.consoleSession.create({
    data: { userId: user.id, method: "password", expiresAt: new Date(Date.now() + 3_600_000), ...overrides },
  });
  return { user, s };
}

describe("checkConsoleSession", () => {
  it("accepts a live session and touches it", async () => {
    const { user, s } = await sessionFor({ lastSeenAt: new Date(Date.now() - 5 * 60_000) });
    expect(await checkConsoleSession(s.id, user.id)).toBe(true);
    const after = await db.consoleSession.findUniqueOrThrow({ where: { id: s.id } });
    expect(after.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 10_000);
  });

  it("ends a session idle for longer than the idle timeout, and records that once", async () => {
    const { user, s } = await sessionFor({ lastSeenAt: new Date(Date.now() - 31 * 60_000) });
    // Two requests of the same idle browser arrive together.
    expect(await Promise.all([checkConsoleSession(s.id, user.id), checkConsoleSession(s.id, user.id)])).toEqual([
      false,
      false,
    ]);
    expect(await db.consoleSession.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ revokedReason: "idle" });
    const events = await db.auditEvent.findMany({
      where: { tenantId: PLATFORM_CHAIN, action: "session.revoke", targetType: "session", targetId: s.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      outcome: "success",
      actorType: "system",
      actorLabel: "idle timeout",
      changes: { after: { reason: "idle", userId: user.id, idleMinutes: 30 } },
    });
    // A later request with it is refused and records nothing more.
    expect(await checkConsoleSession(s.id, user.id)).toBe(false);
    expect(await db.auditEvent.count({ where: { tenantId: PLATFORM_CHAIN, targetId: s.id } })).toBe(1);
  });

  it("refuses a session past its absolute lifetime, however active", async () => {
    const { user, s } = await sessionFor({ expiresAt: new Date(Date.now() - 1000) });
    expect(await checkConsoleSession(s.id, user.id)).toBe(false);
  });

  it("refuses a revoked session, and one presented for another user", async () => {
    const { user, s } = await sessionFor({ revokedAt: new Date() });
    expect(await checkConsoleSession(s.id, user.id)).toBe(false);
    const other = await sessionFor();
    expect(await checkConsoleSession(other.s.id, user.id)).toBe(false);
  });
});
