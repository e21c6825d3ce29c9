import { z } from "zod";
import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { PLATFORM_CHAIN } from "@/lib/audit-chain/audit-actions";
import { hashPassword } from "@/lib/auth/hash-password";
import { hashInviteToken } from "@/lib/console-users/invite-console-user";
import { zodFieldErrors } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { db } from "@/lib/db";
import type { RequestMeta } from "@/lib/rbac/actor";

export const acceptInviteSchema = z
  .object({
    token: z.string().min(20).max(100),
    password: z.string().min(12, "at least 12 characters").max(1024, "at most 1024 characters"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "the two passwords differ" });

/** Finds the pending invitation a token belongs to; null when unknown or expired. */
export async function findInvite(token: string) {
  const user = await db.consoleUser.findUnique({ where: { inviteTokenHash: hashInviteToken(token) } });
  if (!user || user.status !== "invited" || !user.inviteExpiresAt || user.inviteExpiresAt <= new Date()) return null;
  return user;
}

/**
 * The invitee sets a password and the account becomes active. No session exists
 * yet, so this is the one write outside the operation wrapper; it is audited the
 * same way, on the platform chain.
 */
export async function acceptInvite(raw: unknown, request: RequestMeta): Promise<{ email: string }> {
  const parsed = acceptInviteSchema.safeParse(raw);
  if (!parsed.success)
    throw new OperationError("validation", "Some fields need attention.", zodFieldErrors(parsed.error));
  const user = await findInvite(parsed.data.token);
  if (!user) throw new OperationError("not_found", "This invitation is no longer valid: ask for a new one.");
  const passwordHash = await hashPassword(parsed.data.password);
  await db.$transaction(async (tx) => {
    const updated = await tx.consoleUser.updateMany({
      where: { id: user.id, status: "invited", inviteTokenHash: hashInviteToken(parsed.data.token) },
      data: { status: "active", passwordHash, inviteTokenHash: null, inviteExpiresAt: null },
    });
    if (updated.count !== 1) throw new OperationError("conflict", "This invitation has just been used.");
    await appendAuditEvent(tx, {
      tenantId: PLATFORM_CHAIN,
      action: "console_user.accept_invite",
      outcome: "success",
      actor: { type: "console_user", id: user.id, label: user.email },
      target: { type: "console_user", id: user.id },
      request,
    });
  });
  return { email: user.email };
}
