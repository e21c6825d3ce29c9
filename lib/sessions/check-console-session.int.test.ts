import { describe, expect, it } from "vitest";
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

  it("ends a session idle for longer than the idle timeout", async () => {
    const { user, s } = await sessionFor({ lastSeenAt: new Date(Date.now() - 31 * 60_000) });
    expect(await checkConsoleSession(s.id, user.id)).toBe(false);
    expect(await db.consoleSession.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ revokedReason: "idle" });
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
