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
 * Appends one event to its tenant's chain inside the caller's transaction.
 * The chain head row is locked FOR UPDATE, so concurrent appends to one tenant
 * (from any number of app instances) queue up instead of forking the chain.
 */
export async function appendAuditEvent(tx: Prisma.TransactionClient, input: AuditEventInput) {
  await tx.$executeRaw`INSERT INTO "AuditChainHead" ("tenantId", seq, hash, "updatedAt")
    VALUES (${input.tenantId}, 0, ${GENESIS_HASH}, now()) ON CONFLICT ("tenantId") DO NOTHING`;
  const [head] = await tx.$queryRaw<{ seq: bigint; hash: string }[]>`
    SELECT seq, hash FROM "AuditChainHead" WHERE "tenantId" = ${input.tenantId} FOR UPDATE`;
  if (!head) throw new Error(`audit chain head for ${input.tenantId} vanished`);

  // Millisecond precision: the column is timestamptz(3), and the hash must cover
  // exactly what is stored.
  const at = new Date(Math.floor((input.at ?? new Date()).getTime()));
  const fields = {
    tenantId: input.tenantId,
    seq: head.seq + 1n,
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
    prevHash: head.hash,
  };
  const hash = hashAuditEvent(fields);
  const event = await tx.auditEvent.create({
    data: { ...fields, changes: (fields.changes ?? undefined) as Prisma.InputJsonValue | undefined, hash },
  });
  await tx.auditChainHead.update({
    where: { tenantId: input.tenantId },
    data: { seq: fields.seq, hash },
  });
  return event;
}
