import { z } from "zod";
import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { PLATFORM_CHAIN } from "@/lib/audit-chain/audit-actions";
import { getConfig } from "@/lib/config/read-config";
import { openSecret } from "@/lib/crypto/seal-secret";
import { db } from "@/lib/db";
import type { RequestMeta } from "@/lib/rbac/actor";
import { consumeRateLimit } from "./consume-rate-limit";
import { hashPassword, verifyPassword } from "./hash-password";
import { releaseSignInAttempt, reserveSignInAttempt } from "./reserve-sign-in-attempt";
import { hashRecoveryCode, matchTotpStep } from "./totp";
import { emailAddress } from "@/lib/validation/email-address";

export const signInSchema = z.object({
  email: emailAddress("expected an email address"),
  password: z.string().min(1, "enter your password").max(1024),
  code: z
    .string()
    .trim()
    .max(32)
    .optional()
    .transform((v) => v || undefined),
});

export type SignInMethod = "password" | "password+totp" | "password+recovery";

export type SignInResult =
  | { ok: true; userId: string; method: SignInMethod }
  | { ok: false; error: "invalid" | "mfa_required" | "mfa_invalid" | "rate_limited" };

// Verifying against a dummy hash when the account does not exist (or is locked,
// or has no password) keeps the response time the same, so timing reveals
// nothing about which emails exist or which accounts are locked.
let dummyHash: Promise<string> | undefined;

// A burst of sign-ins queues its audit appends on the platform chain; each waits
// for a pooled connection longer than Prisma's 2 s default rather than failing
// unaudited.
const AUDITED = { maxWait: 10_000 };

/** Thrown inside the success transaction when a concurrent sign-in spent the same second factor first. */
class SecondFactorSpent extends Error {}

/**
 * Password (and, when enrolled, TOTP or a recovery code) sign-in. Every outcome is
 * audited on the platform chain; failures count towards the account's lockout.
 * The caller learns only "invalid", whatever the reason, so nobody can tell which
 * emails have accounts.
 */
export async function authenticatePassword(raw: unknown, request: RequestMeta): Promise<SignInResult> {
  const config = getConfig();
  const ipKey = `signin:ip:${request.ip ?? "unknown"}`;
  if (!(await consumeRateLimit(ipKey, config.CUSTODIAN_SIGNIN_RATE_LIMIT, 300))) {
    await db.$transaction(
      (tx) =>
        appendAuditEvent(tx, {
          tenantId: PLATFORM_CHAIN,
          action: "auth.rate_limited",
          outcome: "denied",
          actor: { type: "anonymous" },
          request,
        }),
      AUDITED,
    );
    return { ok: false, error: "rate_limited" };
  }

  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { email, password, code } = parsed.data;

  const user = await db.consoleUser.findUnique({
    where: { email },
    select: {
      id: true,
      status: true,
      passwordHash: true,
      totpEnabledAt: true,
      totpSecretEnc: true,
      totpLastStep: true,
    },
  });
  // The attempt is counted before the password is checked: a burst of parallel
  // guesses gets no more checks than the threshold allows.
  const reservation = user
    ? await reserveSignInAttempt(user.id, config.CUSTODIAN_LOCKOUT_THRESHOLD, config.CUSTODIAN_LOCKOUT_MINUTES)
    : null;
  const realHash = reservation ? user?.passwordHash : null;
  dummyHash ??= hashPassword("custodian-timing-equalizer");
  const verified = await verifyPassword(realHash ?? (await dummyHash), password);
  const passwordOk = !!realHash && verified;
  const now = new Date();

  // The attempt has been counted already (when there was an account to count it on).
  const fail = async (reason: string, error: "invalid" | "mfa_invalid" = "invalid"): Promise<SignInResult> => {
    await db.$transaction(async (tx) => {
      await appendAuditEvent(tx, {
        tenantId: PLATFORM_CHAIN,
        action: "auth.sign_in_failed",
        outcome: "failed",
        actor: { type: "anonymous", label: email },
        target: user ? { type: "console_user", id: user.id } : undefined,
        request,
        changes: { after: { reason } },
      });
      if (reservation?.lockedUntil && user) {
        await appendAuditEvent(tx, {
          tenantId: PLATFORM_CHAIN,
          action: "auth.lockout",
          outcome: "success",
          actor: { type: "system", label: "lockout policy" },
          target: { type: "console_user", id: user.id },
          request,
          changes: {
            after: {
              lockedForMinutes: config.CUSTODIAN_LOCKOUT_MINUTES,
              afterFailures: config.CUSTODIAN_LOCKOUT_THRESHOLD,
            },
          },
        });
      }
    }, AUDITED);
    return { ok: false, error };
  };

  if (!user) return fail("unknown_account");
  if (!reservation) return fail("locked");
  if (user.status !== "active") return fail("inactive");
  if (!passwordOk) return fail("bad_password");

  let method: SignInMethod = "password";
  let totpStep: number | undefined;
  let recoveryHash: string | undefined;
  if (user.totpEnabledAt && user.totpSecretEnc) {
    if (!code) {
      // The password was right: ask for the second factor without counting a failure.
      await releaseSignInAttempt(user.id, reservation, config.CUSTODIAN_LOCKOUT_THRESHOLD);
      return { ok: false, error: "mfa_required" };
    }
    const step = matchTotpStep(openSecret(user.totpSecretEnc), code, user.totpLastStep);
    if (step !== null) {
      method = "password+totp";
      totpStep = step;
    } else {
      const hash = hashRecoveryCode(code);
      const unused = await db.recoveryCode.findFirst({ where: { userId: user.id, codeHash: hash, usedAt: null } });
      if (!unused) return fail("bad_second_factor", "mfa_invalid");
      method = "password+recovery";
      recoveryHash = hash;
    }
  }

  try {
    await db.$transaction(async (tx) => {
      const actor = { type: "console_user" as const, id: user.id, label: email };
      if (totpStep !== undefined) {
        // Conditional update: of concurrent sign-ins with one code, only the first moves the step on.
        const claimed = await tx.$executeRaw`
          UPDATE "ConsoleUser" SET "totpLastStep" = ${totpStep}
          WHERE id = ${user.id}::uuid AND ("totpLastStep" IS NULL OR "totpLastStep" < ${totpStep})`;
        if (claimed !== 1) throw new SecondFactorSpent();
      }
      if (recoveryHash) {
        // Conditional update: two concurrent sign-ins cannot both spend one code.
        const spent = await tx.recoveryCode.updateMany({
          where: { userId: user.id, codeHash: recoveryHash, usedAt: null },
          data: { usedAt: now },
        });
        if (spent.count !== 1) throw new SecondFactorSpent();
        await appendAuditEvent(tx, {
          tenantId: PLATFORM_CHAIN,
          action: "auth.mfa_recovery_used",
          outcome: "success",
          actor,
          request,
        });
      }
      await tx.consoleUser.update({
        where: { id: user.id },
        data: { failedSignIns: 0, lockedUntil: null, lastSignInAt: now },
      });
      await appendAuditEvent(tx, {
        tenantId: PLATFORM_CHAIN,
        action: "auth.sign_in",
        outcome: "success",
        actor,
        request,
        changes: { after: { method } },
      });
    }, AUDITED);
  } catch (err) {
    if (err instanceof SecondFactorSpent) return fail("second_factor_replayed", "mfa_invalid");
    throw err;
  }
  return { ok: true, userId: user.id, method };
}
