import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction, AuditOutcome } from "./audit-actions";
import { GENESIS_HASH, hashAuditEvent } from "./hash-audit-event";
import { redactSecrets } from "./redact-secrets";

export interface AuditEventInput {
  tenantId: string;
  action: AuditAction;
  outcome: AuditOutcome;
  actor: {
    type: "console_user" | "token" | "system" | "anonymous";
    id?: string | undefined;
    label?: string | undefined;
  };
  target?: { type: string; id: string } | undefined;
  request?: { ip?: string | undefined; userAgent?: string | undefined; requestId?: string | undefined };
  changes?: { before?: Record<string, unknown>; after?: Record<string, unknown> };
  at?: Date;
}

/**
 * Appends events to one tenant's chain inside the caller's transaction, in the
 * order given. The chain head row is locked FOR UPDATE, so concurrent appends to
 * one tenant (from any number of app instances) queue up instead of forking the
 * chain. One lock and one insert however many events: bulk work stays fast.
 */
export async function appendAuditEvents(
  tx: Prisma.TransactionClient,
  tenantId: string,
  inputs: Omit<AuditEventInput, "tenantId">[],
) {
  if (inputs.length === 0) return;
  await tx.$executeRaw`INSERT INTO "AuditChainHead" ("tenantId", seq, hash, "updatedAt")
    VALUES (${tenantId}, 0, ${GENESIS_HASH}, now()) ON CONFLICT ("tenantId") DO NOTHING`;
  const [head] = await tx.$queryRaw<{ seq: bigint; hash: string }[]>`
    SELECT seq, hash FROM "AuditChainHead" WHERE "tenantId" = ${tenantId} FOR UPDATE`;
  if (!head) throw new Error(`audit chain head for ${tenantId} vanished`);
  let seq = head.seq;
  let prevHash = head.hash;
  const now = Date.now();
  const rows = inputs.map((input) => {
    seq += 1n;
    // Millisecond precision: the column is timestamptz(3), and the hash must cover
    // exactly what is stored.
    const at = new Date(Math.floor((input.at ?? new Date(now)).getTime()));
    const fields = {
      tenantId,
      seq,
      at,
      actorType: input.actor.type,
      actorId: input.actor.id ?? null,
      actorLabel: input.actor.label ?? null,
      action: input.action,
      targetType: input.target?.type ?? null,
      targetId: input.target?.id ?? null,
      outcome: input.outcome,
      ip: input.request?.ip ?? null,
      userAgent: input.request?.userAgent ?? null,
      requestId: input.request?.requestId ?? null,
      // Secrets are redacted here, at the one place every event passes through.
      changes: input.changes ? redactSecrets(input.changes) : null,
      prevHash,
    };
    const hash = hashAuditEvent(fields);
    prevHash = hash;
    return { ...fields, changes: (fields.changes ?? undefined) as Prisma.InputJsonValue | undefined, hash };
  });
  await tx.auditEvent.createMany({ data: rows });
  await tx.auditChainHead.update({ where: { tenantId }, data: { seq, hash: prevHash } });
}

/** Appends one event to its tenant's chain inside the caller's transaction. */
export async function appendAuditEvent(tx: Prisma.TransactionClient, input: AuditEventInput) {
  const { tenantId, ...rest } = input;
  await appendAuditEvents(tx, tenantId, [rest]);
}
