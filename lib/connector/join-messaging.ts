import { z } from "zod";
import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { openSecret, sealSecret } from "@/lib/crypto/seal-secret";
import { db } from "@/lib/db";
import { zodFieldErrors } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import type { RequestMeta } from "@/lib/rbac/actor";
import { ejabberdTarget } from "./messaging-target";
import { callEjabberd, EjabberdError } from "./ejabberd/call-ejabberd";
import type { EjabberdTarget } from "./ejabberd/sync-ejabberd";
import { memberJid, splitJid } from "./ejabberd/xmpp-address";

/**
 * A member's invitation to the messenger: sealed (AES-GCM under the console's
 * key), so it cannot be made or altered without it, and bound to the
 * invitation's expiry, so a reinvite (which sets a new one) voids older links
 * and using it (the member becomes active) voids it too. Nothing is stored.
 */
export function invitationToken(member: { tenantId: string; id: string; inviteExpiresAt: Date }): string {
  return sealSecret(JSON.stringify({ t: member.tenantId, m: member.id, e: member.inviteExpiresAt.getTime() }));
}

export interface MessagingInvite {
  tenantId: string;
  memberId: string;
  email: string;
  network: string;
  address: string;
  expiresAt: Date;
}

/** The pending invitation a token stands for; null when forged, used, replaced or expired. */
export async function findMessagingInvite(token: string): Promise<MessagingInvite | null> {
  let claim: { t: string; m: string; e: number };
  try {
    claim = JSON.parse(openSecret(token)) as typeof claim;
  } catch {
    return null;
  }
  const member = await db.member.findFirst({
    where: { tenantId: claim.t, id: claim.m, status: "pending", inviteExpiresAt: new Date(claim.e) },
    include: { tenant: { select: { name: true, xmppDomain: true, status: true, deletedAt: true } } },
  });
  if (!member || claim.e <= Date.now()) return null;
  const { tenant } = member;
  if (!tenant.xmppDomain || tenant.status !== "active" || tenant.deletedAt) return null;
  return {
    tenantId: member.tenantId,
    memberId: member.id,
    email: member.email,
    network: tenant.name,
    address: memberJid(member.email, tenant.xmppDomain),
    expiresAt: new Date(claim.e),
  };
}

export const joinMessagingSchema = z
  .object({
    token: z.string({ message: "the invitation link is incomplete" }).min(20, "the invitation link is incomplete"),
    password: z.string().min(12, "at least 12 characters").max(1024, "at most 1024 characters"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "the two passwords differ" });

/**
 * The invited member chooses their messenger password. The console hands it to
 * the server once (register, or change_password on the account the connector
 * made) and keeps nothing of it; the member becomes active. The member row is
 * claimed first and the server called while it is held, so of two tabs sending
 * the same link one wins and the other is told, and a server that refuses
 * leaves the invitation unused.
 */
export async function joinMessaging(
  raw: unknown,
  request: RequestMeta,
  target: EjabberdTarget | null = ejabberdTarget(),
): Promise<{ address: string }> {
  const parsed = joinMessagingSchema.safeParse(raw);
  if (!parsed.success)
    throw new OperationError("validation", "Some fields need attention.", zodFieldErrors(parsed.error));
  const invite = await findMessagingInvite(parsed.data.token);
  if (!invite) throw new OperationError("not_found", "This invitation is no longer valid: ask for a new one.");
  if (!target) throw new OperationError("conflict", "No messaging server is connected to this console yet.");
  await db.$transaction(
    async (tx) => {
      const claimed = await tx.member.updateMany({
        where: { tenantId: invite.tenantId, id: invite.memberId, status: "pending", inviteExpiresAt: invite.expiresAt },
        data: { status: "active", inviteExpiresAt: null },
      });
      if (claimed.count !== 1) throw new OperationError("conflict", "This invitation has just been used.");
      const { user, host } = splitJid(invite.address);
      try {
        await callEjabberd(target.api, "register", { user, host, password: parsed.data.password });
      } catch (err) {
        if (!(err instanceof EjabberdError)) throw unreachable();
        // The connector made the account already (with a password no one knows): this one replaces it.
        if (err.code !== 10090) throw unreachable();
        await callEjabberd(target.api, "change_password", { user, host, newpass: parsed.data.password }).catch(() => {
          throw unreachable();
        });
      }
      await appendAuditEvent(tx, {
        tenantId: invite.tenantId,
        action: "member.joined",
        outcome: "success",
        actor: { type: "anonymous", label: invite.email },
        target: { type: "member", id: invite.memberId },
        changes: { after: { status: "active", address: invite.address } },
        request,
      });
    },
    { timeout: 20_000 },
  );
  return { address: invite.address };
}

const unreachable = () =>
  new OperationError("conflict", "The messaging server did not take the password: try again in a minute.");
