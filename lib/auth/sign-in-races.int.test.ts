import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { sealSecret } from "@/lib/crypto/seal-secret";
import { db } from "@/lib/db";
import { createConsoleUser, createTenant } from "@/lib/testing/factories";
import { authenticatePassword } from "./authenticate-password";
import { hashPassword } from "./hash-password";
import { hashRecoveryCode, newTotpSecret, totpFor } from "./totp";

// Bursts of sign-ins in parallel, as an attacker sends them. Read by getConfig()
// on first use, i.e. in this file's worker. The threshold is above the TOTP
// burst's size, so that burst is decided by the code alone, not by the lockout.
const LIMIT = 12;
process.env.CUSTODIAN_LOCKOUT_THRESHOLD = String(LIMIT);
process.env.CUSTODIAN_SIGNIN_RATE_LIMIT = "10000";

const PASSWORD = "correct horse battery staple";
let passwordHash: string;
const fromNewAddress = () => ({
  ip: `10.7.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  requestId: randomUUID(),
});

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

async function user() {
  const tenant = await createTenant();
  return createConsoleUser({ grants: [[tenant.id, "auditor"]], passwordHash });
}

/** Why each failed attempt on this account failed, from its audit events. */
async function failureReasons(userId: string): Promise<Record<string, number>> {
  const events = await db.auditEvent.findMany({
    where: { tenantId: "platform", action: "auth.sign_in_failed", targetId: userId },
    select: { changes: true },
  });
  const counts: Record<string, number> = {};
  for (const e of events) {
    const reason = String((e.changes as { after?: { reason?: string } } | null)?.after?.reason);
    counts[reason] = (counts[reason] ?? 0) + 1;
  }
  return counts;
}

describe("a burst of parallel sign-ins", () => {
  it("checks exactly the lockout threshold of 40 wrong passwords, then refuses the right one", async () => {
    const u = await user();
    const wrong = Array.from({ length: 40 }, (_, i) =>
      authenticatePassword({ email: u.email, password: `wrong-${i}` }, fromNewAddress()),
    );
    // Sent last in the burst: by the time it is counted, the threshold has been reached.
    const right = authenticatePassword({ email: u.email, password: PASSWORD }, fromNewAddress());
    const results = await Promise.all([...wrong, right]);

    expect(results.filter((r) => r.ok)).toHaveLength(0);
    expect(await failureReasons(u.id)).toEqual({ bad_password: LIMIT, locked: 41 - LIMIT });
    const row = await db.consoleUser.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await db.auditEvent.count({ where: { tenantId: "platform", action: "auth.lockout", targetId: u.id } })).toBe(
      1,
    );
    expect(await db.auditEvent.count({ where: { action: "auth.sign_in", actorId: u.id } })).toBe(0);
  });

  async function enrolled() {
    const u = await user();
    const secret = newTotpSecret();
    const recovery = "fghij-67890";
    await db.consoleUser.update({
      where: { id: u.id },
      data: { totpSecretEnc: sealSecret(secret), totpEnabledAt: new Date() },
    });
    await db.recoveryCode.create({ data: { userId: u.id, codeHash: hashRecoveryCode(recovery) } });
    return { u, secret, recovery };
  }

  it("accepts one TOTP code once when ten sign-ins send it at the same time", async () => {
    const { u, secret } = await enrolled();
    const code = totpFor(secret, u.email).generate();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        authenticatePassword({ email: u.email, password: PASSWORD, code }, fromNewAddress()),
      ),
    );

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "mfa_invalid")).toHaveLength(9);
    expect(await db.auditEvent.count({ where: { action: "auth.sign_in", actorId: u.id } })).toBe(1);
  });

  it("accepts one recovery code once when five sign-ins send it at the same time", async () => {
    const { u, recovery } = await enrolled();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        authenticatePassword({ email: u.email, password: PASSWORD, code: recovery }, fromNewAddress()),
      ),
    );

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "mfa_invalid")).toHaveLength(4);
    expect(await db.auditEvent.count({ where: { action: "auth.mfa_recovery_used", actorId: u.id } })).toBe(1);
  });
});
