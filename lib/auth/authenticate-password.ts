import { z } from "zod";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { PLATFORM_CHAIN } from "@/lib/audit/audit-actions";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./hash-password";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

export interface RequestMeta {
  ip?: string;
  userAgent?: string;
  requestId?: string;
}

const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;

// Verifying against a dummy hash when the account does not exist keeps the
// response time the same, so timing reveals nothing about which emails exist.
let dummyHash: Promise<string> | undefined;

/** Returns the user id on success, null otherwise. Every outcome is audited. */
export async function authenticatePassword(raw: unknown, request: RequestMeta): Promise<string | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const user = await db.consoleUser.findUnique({
    where: { email },
    select: { id: true, status: true, passwordHash: true, lockedUntil: true, failedSignIns: true },
  });
  dummyHash ??= hashPassword("custodian-timing-equalizer");
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  const now = new Date();
  const locked = !!user?.lockedUntil && user.lockedUntil > now;

  if (user && ok && !locked && user.status === "active") {
    await db.$transaction(async (tx) => {
      await tx.consoleUser.update({
        where: { id: user.id },
        data: { failedSignIns: 0, lockedUntil: null, lastSignInAt: now },
      });
      await appendAuditEvent(tx, {
        tenantId: PLATFORM_CHAIN,
        action: "auth.sign_in",
        outcome: "success",
        actor: { type: "console_user", id: user.id, label: email },
        request,
      });
    });
    return user.id;
  }

  await db.$transaction(async (tx) => {
    let lockedNow = false;
    if (user && !locked) {
      const failures = user.failedSignIns + 1;
      lockedNow = failures >= MAX_FAILURES;
      await tx.consoleUser.update({
        where: { id: user.id },
        data: lockedNow
          ? { failedSignIns: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) }
          : { failedSignIns: failures },
      });
    }
    await appendAuditEvent(tx, {
      tenantId: PLATFORM_CHAIN,
      action: "auth.sign_in_failed",
      outcome: "failed",
      actor: { type: "anonymous", label: email },
      target: user ? { type: "console_user", id: user.id } : undefined,
      request,
      changes: {
        after: {
          reason: !user
            ? "unknown_account"
            : locked
              ? "locked"
              : user.status !== "active"
                ? "inactive"
                : "bad_password",
        },
      },
    });
    if (lockedNow && user) {
      await appendAuditEvent(tx, {
        tenantId: PLATFORM_CHAIN,
        action: "auth.lockout",
        outcome: "success",
        actor: { type: "system" },
        target: { type: "console_user", id: user.id },
        request,
        changes: { after: { lockedForMinutes: LOCK_MINUTES } },
      });
    }
  });
  return null;
}
