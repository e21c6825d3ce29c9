import { NO_DOOR } from "@/lib/operation/door-reasons";
import type { AuditAction } from "@/lib/audit-chain/audit-actions";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { feedLimit, seqCursor } from "@/lib/validation/seq-cursor";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

// The audit actions that can change some member's effective policy.
const POLICY_ACTIONS = [
  "retention.lifetime_update",
  "retention.compliance_update",
  "retention.restore",
  "retention.exception_set",
  "hold.create",
  "hold.release",
  "group.update",
  "group.delete",
  "member.move",
] as const satisfies readonly AuditAction[];

export const listPolicyChangesSchema = tenantInput.extend({
  cursor: seqCursor,
  limit: feedLimit(500),
});

/** Whose effective policy a change may have moved: everyone, members of some groups, or some members. */
interface Scope {
  tenant: boolean;
  groupIds: string[];
  memberIds: string[];
}

/**
 * For the messaging service: the policy changes in a network since a cursor,
 * oldest first, each naming whose policies to fetch again. The feed is the
 * audit log itself, filtered: its seq is per network and assigned under the
 * chain's lock, in commit order, so a cursor never skips or repeats a change.
 * Without a cursor the answer is empty with the cursor of now. A cursor older
 * than the retained audit log is refused (conflict): fetch every member's
 * policy again, then follow the feed from a fresh cursor.
 */
export const listPolicyChanges = defineOperation({
  name: "service.policy_changes",
  kind: "read",
  permission: "service.policies.read",
  schema: listPolicyChangesSchema,
  example: (ids) => ({ tenantId: ids.tenantId, cursor: "0" }),
  api: { none: NO_DOOR.SERVICE },
  ui: { none: NO_DOOR.SERVICE },
  tenantOf: byTenant,
  async run({ input, db }) {
    // The head first: everything at or below it is committed, so nothing can appear behind the cursor later.
    const head = (await db.auditChainHead.findUnique({ where: { tenantId: input.tenantId } }))?.seq ?? 0n;
    if (input.cursor === undefined) return { changes: [], nextCursor: head.toString(), hasMore: false };
    const after = BigInt(input.cursor);
    if (after > head)
      throw new OperationError("validation", "The cursor is ahead of the feed.", {
        cursor: ["expected a cursor from an earlier answer"],
      });
    const checkpoint = await db.auditCheckpoint.findUnique({ where: { tenantId: input.tenantId } });
    if (checkpoint && after < checkpoint.seq)
      throw new OperationError(
        "conflict",
        "The cursor is older than the retained audit log: fetch every member's policy again, then follow the feed from a fresh cursor.",
      );
    const rows = await db.auditEvent.findMany({
      where: {
        tenantId: input.tenantId,
        seq: { gt: after, lte: head },
        outcome: "success",
        action: { in: [...POLICY_ACTIONS] },
      },
      orderBy: { seq: "asc" },
      take: input.limit + 1,
      select: { seq: true, at: true, action: true, targetType: true, targetId: true, changes: true },
    });
    const hasMore = rows.length > input.limit;
    const page = rows.slice(0, input.limit);
    const holdIds = page.filter((r) => r.targetType === "legal_hold").map((r) => r.targetId!);
    const [holdMembers, holdGroups] = await Promise.all([
      db.legalHoldMember.findMany({ where: { tenantId: input.tenantId, holdId: { in: holdIds } } }),
      db.legalHoldGroup.findMany({ where: { tenantId: input.tenantId, holdId: { in: holdIds } } }),
    ]);
    const changes = page.map((r) => {
      const scope: Scope = { tenant: false, groupIds: [], memberIds: [] };
      const after = ((r.changes as { after?: Record<string, unknown> } | null)?.after ?? {}) as Record<string, unknown>;
      if (r.action.startsWith("retention.") && r.action !== "retention.exception_set") scope.tenant = true;
      else if (r.action === "retention.exception_set") scope.memberIds.push(r.targetId!);
      else if (r.targetType === "legal_hold") {
        scope.memberIds.push(...holdMembers.filter((m) => m.holdId === r.targetId).map((m) => m.memberId));
        scope.groupIds.push(...holdGroups.filter((g) => g.holdId === r.targetId).map((g) => g.groupId));
      } else if (r.action === "group.delete") {
        if (typeof after.movedTo === "string") scope.groupIds.push(after.movedTo);
      } else if (r.targetId) scope.groupIds.push(r.targetId); // group.update, member.move: the (destination) group
      return { cursor: r.seq.toString(), at: r.at.toISOString(), action: r.action, scope };
    });
    const nextCursor = hasMore ? page[page.length - 1]!.seq : head;
    return { changes, nextCursor: nextCursor.toString(), hasMore };
  },
});
