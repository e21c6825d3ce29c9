import { seq, count, at } from "@/lib/operation/wire";
import { auditEvent } from "@/lib/audit/audit-event-output";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant } from "@/lib/validation/tenant-input";
import { GENESIS_HASH, hashAuditEvent } from "@/lib/audit-chain/hash-audit-event";

export const getAuditEventSchema = z.object({
  tenantId: z.uuid({ message: "expected a network id (UUID)" }),
  seq: z
    .string()
    .max(19, "expected an event number")
    .regex(/^\d{1,19}$/, "expected an event number"),
});

/**
 * GET one event with its place in the chain: whether its own hash holds,
 * whether it links to the event before it, its neighbours, and the first
 * signed digest that covers it.
 */
export const getAuditEvent = defineOperation({
  name: "audit.read_event",
  kind: "read",
  permission: "audit.read",
  schema: getAuditEventSchema,
  example: (ids) => ({ tenantId: ids.tenantId, seq: "1" }),
  api: {
    method: "GET",
    path: "/tenants/{tenantId}/audit-events/{seq}",
    summary: "One event and its place in the chain",
  },
  output: z.object({
    event: auditEvent,
    chain: z.object({
      hashValid: z.boolean(),
      linksToPrevious: z.boolean(),
      linkedFromNext: z.boolean().nullable(),
      headSeq: seq,
      hasPrevious: z.boolean(),
      hasNext: z.boolean(),
      digest: z.object({ number: count, periodEnd: at, kid: z.string() }).nullable(),
    }),
  }),
  tenantOf: byTenant,
  async run({ input, db }) {
    const seq = BigInt(input.seq);
    const tenantId = input.tenantId;
    const [event, previous, next, head, checkpoint, digest] = await Promise.all([
      db.auditEvent.findUnique({ where: { tenantId_seq: { tenantId, seq } } }),
      db.auditEvent.findUnique({ where: { tenantId_seq: { tenantId, seq: seq - 1n } }, select: { hash: true } }),
      db.auditEvent.findUnique({ where: { tenantId_seq: { tenantId, seq: seq + 1n } }, select: { prevHash: true } }),
      db.auditChainHead.findUnique({ where: { tenantId } }),
      db.auditCheckpoint.findUnique({ where: { tenantId } }),
      db.auditDigest.findFirst({ where: { tenantId, lastSeq: { gte: seq } }, orderBy: { number: "asc" } }),
    ]);
    if (!event) throw notFound("The event");
    // What the previous link should be: the event before, the checkpoint a trimmed chain starts from, or genesis.
    const expectedPrev =
      previous?.hash ??
      (checkpoint && checkpoint.seq === seq - 1n ? checkpoint.hash : seq === 1n ? GENESIS_HASH : null);
    return {
      event,
      chain: {
        hashValid: hashAuditEvent(event) === event.hash,
        linksToPrevious: expectedPrev === null ? null : expectedPrev === event.prevHash,
        linkedFromNext: next ? next.prevHash === event.hash : null,
        headSeq: head?.seq ?? seq,
        hasPrevious: Boolean(previous),
        hasNext: Boolean(next),
        digest: digest ? { number: digest.number, periodEnd: digest.periodEnd, kid: digest.kid } : null,
      },
    };
  },
});
