import { seq } from "@/lib/operation/wire";
import { auditEvent } from "@/lib/audit/audit-event-output";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { feedLimit, seqCursor } from "@/lib/validation/seq-cursor";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

export const pullAuditEventsSchema = tenantInput.extend({
  cursor: seqCursor,
  limit: feedLimit(1000),
});

/**
 * For a SIEM: the network's audit events after a cursor, in seq order, whole
 * (hashes included, so the collector can check the chain itself). The cursor
 * is the last seq delivered. Seqs are assigned under the chain's lock in commit
 * order and the page stops at the head read first, so a cursor never skips or
 * repeats an event however many are being written. Without a cursor the feed
 * starts at the oldest retained event; a cursor older than the retained log is
 * refused (conflict), since what it skipped is gone.
 */
export const pullAuditEvents = defineOperation({
  name: "audit.pull",
  kind: "read",
  permission: "audit.read",
  schema: pullAuditEventsSchema,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: {
    method: "GET",
    path: "/audit/events",
    summary: "The audit log as a feed, for a SIEM",
    file: "app/api/v1/audit/events/route.ts",
  },
  output: z.object({ events: z.array(auditEvent), nextCursor: seq, hasMore: z.boolean() }),
  ui: { none: "a SIEM's feed; people read the same log in the audit explorer" },
  tenantOf: byTenant,
  async run({ input, db }) {
    const head = (await db.auditChainHead.findUnique({ where: { tenantId: input.tenantId } }))?.seq ?? 0n;
    const checkpoint = await db.auditCheckpoint.findUnique({ where: { tenantId: input.tenantId } });
    const after = input.cursor === undefined ? (checkpoint?.seq ?? 0n) : BigInt(input.cursor);
    if (after > head)
      throw new OperationError("validation", "The cursor is ahead of the log.", {
        cursor: ["expected a cursor from an earlier answer"],
      });
    if (checkpoint && after < checkpoint.seq)
      throw new OperationError(
        "conflict",
        `The cursor is older than the retained audit log, which now starts after seq ${checkpoint.seq}: start again without a cursor.`,
      );
    const events = await db.auditEvent.findMany({
      where: { tenantId: input.tenantId, seq: { gt: after, lte: head } },
      orderBy: { seq: "asc" },
      take: input.limit,
    });
    const last = events.at(-1)?.seq ?? after;
    return {
      events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
      nextCursor: last.toString(),
      hasMore: last < head,
    };
  },
});
