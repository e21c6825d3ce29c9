import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sealSecret } from "@/lib/crypto/seal-secret";
import { createConsoleUser, createTenant } from "@/lib/testing/factories";
import { authenticatePassword } from "./authenticate-password";
import { consumeRateLimit } from "./consume-rate-limit";
import { hashPassword } from "./hash-password";
import { hashRecoveryCode, newTotpSecret, totpFor } from "./totp";

// Read by getConfig() on first use, i.e. in this file's worker.
process.env.CUSTODIAN_LOCKOUT_THRESHOLD = "3";
process.env.CUSTODIAN_SIGNIN_RATE_LIMIT = "6";

const PASSWORD = "correct horse battery staple";
let passwordHash: string;
const fromNewAddress = () => ({
  ip: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  requestId: randomUUID(),
});

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

async function user() {
  const tenant = await createTenant();
  return createConsoleUser({ grants: [[tenant.id, "auditor"]], passwordHash });
}

const lastPlatformEvent = (userId: string) =>
  db.auditEvent.findFirst({
    where: { tenantId: "platform", OR: [{ actorId: userId }, { targetId: userId }] },
    orderBy: { seq: "desc" },
  });

describe("password sign-in", () => {
  it("accepts the right password and audits it", async () => {
    const u = await user();
    const result = await authenticatePassword({ email: u.email, password: PASSWORD }, fromNewAddress());
    expect(result).toEqual({ ok: true, userId: u.id, method: "password" });
    expect(await lastPlatformEvent(u.id)).toMatchObject({ action: "auth.sign_in", outcome: "success" });
  });

  it("answers a wrong password and an unknown account alike", async () => {
    const u = await user();
    expect(await authenticatePassword({ email: u.email, password: "wrong" }, fromNewAddress())).toEqual({
      ok: false,
      error: "invalid",
    });
    expect(
      await authenticatePassword({ email: `nobody-${randomUUID()}@example.test`, password: "wrong" }, fromNewAddress()),
    ).toEqual({
      ok: false,
      error: "invalid",
    });
  });

  it("locks the account after the configured failures, audits the lockout, and refuses even the right password", async () => {
    const u = await user();
    for (let i = 0; i < 3; i++) await authenticatePassword({ email: u.email, password: "wrong" }, fromNewAddress());
    const locked = await db.consoleUser.findUniqueOrThrow({ where: { id: u.id } });
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await db.auditEvent.count({ where: { tenantId: "platform", action: "auth.lockout", targetId: u.id } })).toBe(
      1,
    );
    expect(await authenticatePassword({ email: u.email, password: PASSWORD }, fromNewAddress())).toEqual({
      ok: false,
      error: "invalid",
    });
    expect(await lastPlatformEvent(u.id)).toMatchObject({
      action: "auth.sign_in_failed",
      changes: { after: { reason: "locked" } },
    });
  });

  it("refuses a deactivated account", async () => {
    const u = await user();
    await db.consoleUser.update({ where: { id: u.id }, data: { status: "deactivated" } });
    expect(await authenticatePassword({ email: u.email, password: PASSWORD }, fromNewAddress())).toEqual({
      ok: false,
      error: "invalid",
    });
  });

  it("refuses a password to an account that has none (SSO only), even the timing equalizer's", async () => {
    const tenant = await createTenant();
    const u = await createConsoleUser({ grants: [[tenant.id, "auditor"]] });
    for (const password of ["custodian-timing-equalizer", "anything"])
      expect(await authenticatePassword({ email: u.email, password }, fromNewAddress())).toEqual({
        ok: false,
        error: "invalid",
      });
  });

  it("rate-limits one address across accounts", async () => {
    const meta = fromNewAddress();
    const results = [];
    for (let i = 0; i < 7; i++)
      results.push(await authenticatePassword({ email: `x${i}@example.test`, password: "x" }, meta));
    expect(results.slice(0, 6).every((r) => !r.ok && r.error === "invalid")).toBe(true);
    expect(results[6]).toEqual({ ok: false, error: "rate_limited" });
    expect(await db.auditEvent.count({ where: { action: "auth.rate_limited", ip: meta.ip } })).toBe(1);
  });

  it("counts rate-limit windows in the database, shared by every instance", async () => {
    const key = `test:${randomUUID()}`;
    const hits = await Promise.all(Array.from({ length: 5 }, () => consumeRateLimit(key, 3, 60)));
    expect(hits.filter(Boolean)).toHaveLength(3);
  });
});

describe("TOTP sign-in", () => {
  async function enrolled() {
    const u = await user();
    const secret = newTotpSecret();
    const recovery = "abcde-12345";
    await db.consoleUser.update({
      where: { id: u.id },
      data: { totpSecretEnc: sealSecret(secret), totpEnabledAt: new Date() },
    });
    await db.recoveryCode.create({ data: { userId: u.id, codeHash: hashRecoveryCode(recovery) } });
    return { u, secret, recovery };
  }

  it("asks for the code after the right password, then accepts it once", async () => {
    const { u, secret } = await enrolled();
    expect(await authenticatePassword({ email: u.email, password: PASSWORD }, fromNewAddress())).toEqual({
      ok: false,
      error: "mfa_required",
    });
    const code = totpFor(secret, u.email).generate();
    expect(await authenticatePassword({ email: u.email, password: PASSWORD, code }, fromNewAddress())).toEqual({
      ok: true,
      userId: u.id,
      method: "password+totp",
    });
    // The same code again is a replay.
    expect(await authenticatePassword({ email: u.email, password: PASSWORD, code }, fromNewAddress())).toEqual({
      ok: false,
      error: "mfa_invalid",
    });
  });

  it("does not count the right password towards the lockout while it asks for the code", async () => {
    const { u, secret } = await enrolled();
    for (let i = 0; i < 2; i++) await authenticatePassword({ email: u.email, password: "wrong" }, fromNewAddress());
    // The third attempt of three: counted while it is checked, given back once the password proves right.
    expect(await authenticatePassword({ email: u.email, password: PASSWORD }, fromNewAddress())).toEqual({
      ok: false,
      error: "mfa_required",
    });
    const code = totpFor(secret, u.email).generate();
    expect(await authenticatePassword({ email: u.email, password: PASSWORD, code }, fromNewAddress())).toMatchObject({
      ok: true,
    });
    expect(await db.auditEvent.count({ where: { action: "auth.lockout", targetId: u.id } })).toBe(0);
  });

  it("never asks for a code before the password is right", async () => {
    const { u } = await enrolled();
    expect(await authenticatePassword({ email: u.email, password: "wrong" }, fromNewAddress())).toEqual({
      ok: false,
      error: "invalid",
    });
  });

  it("accepts a recovery code once, and audits its use", async () => {
    const { u, recovery } = await enrolled();
    expect(
      await authenticatePassword(
        { email: u.email, password: PASSWORD, code: recovery.toUpperCase() },
        fromNewAddress(),
      ),
    ).toMatchObject({
      ok: true,
      method: "password+recovery",
    });
    expect(await db.auditEvent.count({ where: { action: "auth.mfa_recovery_used", actorId: u.id } })).toBe(1);
    expect(
      await authenticatePassword({ email: u.email, password: PASSWORD, code: recovery }, fromNewAddress()),
    ).toEqual({
      ok: false,
      error: "mfa_invalid",
    });
  });
});
