import { z } from "zod";
import { count } from "@/lib/operation/wire";
import type { AuditAction } from "@/lib/audit-chain/audit-actions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { holdsCovering } from "@/lib/retention/holds-covering";
import { type ApiRouteSpec, type AuditRecord, defineOperation } from "@/lib/operation/define-operation";
import type { ExampleIds } from "@/lib/operation/example-ids";
import { OperationError } from "@/lib/operation/operation-error";
import { can, type Ctx } from "@/lib/rbac/actor";
import type { Permission } from "@/lib/rbac/permissions";
import { byTenant } from "@/lib/validation/tenant-input";
import { lockTargetMembers, memberTargetSchema } from "./member-target";

type Tx = Prisma.TransactionClient;
type Member = { id: string; email: string; status: string };

export interface ActionRule {
  /** Refuses the whole action when a legal hold covers any of the members. */
  refuseUnderHold?: boolean;
  name: AuditAction;
  permission: Permission;
  /** Which current statuses the action applies to; others are skipped, not failed. */
  from: readonly string[];
  apply: (tx: Tx, tenantId: string, ids: string[]) => Promise<unknown>;
  /** The status the members end in, when the action changes it. */
  to?: string;
  /** A command the messaging service picks up on its next poll. */
  command?: string;
}

const INVITE_DAYS = 7;

export const setStatus =
  (status: "active" | "suspended" | "deactivated" | "pending") => (tx: Tx, tenantId: string, ids: string[]) =>
    tx.member.updateMany({
      where: { tenantId, id: { in: ids } },
      data: {
        status,
        deactivatedAt: status === "deactivated" ? new Date() : null,
        ...(status === "pending" ? { inviteExpiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000) } : {}),
      },
    });

export const resetDevices = (tx: Tx, tenantId: string, ids: string[]) =>
  tx.device.updateMany({ where: { tenantId, memberId: { in: ids }, status: "active" }, data: { status: "reset" } });

/**
 * Applies a rule to the members it applies to (the others are skipped, not
 * failed) and queues its command for the messaging service. Returns the
 * members changed. Every door that changes a member's status goes through
 * here: the console's bulk bar, the API and SCIM.
 */
export async function applyMemberRule(tx: Tx, tenantId: string, rule: ActionRule, members: Member[]) {
  const applicable = members.filter((m) => rule.from.includes(m.status));
  const ids = applicable.map((m) => m.id);
  if (ids.length) {
    await rule.apply(tx, tenantId, ids);
    if (rule.command) {
      await tx.serviceCommand.createMany({
        data: ids.map((memberId) => ({ tenantId, kind: rule.command!, memberId })),
      });
    }
  }
  return applicable;
}

/** One audit record per changed member, as every door records it (e.g. member.suspend, status before and after). */
export function memberRuleRecords(rule: ActionRule, members: Member[]): AuditRecord[] {
  return members.map((m) => ({
    action: rule.name,
    target: { type: "member", id: m.id },
    changes: rule.to ? { before: { status: m.status }, after: { status: rule.to } } : { after: { email: m.email } },
  }));
}

/** A bulk member operation (suspend, reactivate, …) from its rule and its API route. */
export function defineMemberAction(
  rule: ActionRule,
  api: ApiRouteSpec,
  // The picked members by default; an action can be probed through a filter instead.
  example: (ids: ExampleIds) => z.input<typeof memberTargetSchema> = (ids) => ({
    tenantId: ids.tenantId,
    memberIds: [ids.memberId],
  }),
) {
  return defineOperation({
    name: rule.name,
    kind: "write",
    permission: rule.permission,
    schema: memberTargetSchema,
    example,
    tenantOf: byTenant,
    api,
    output: z.object({ changed: count, skipped: count }),
    async run({ ctx, input, tx }) {
      const members = await lockTargetMembers(tx, input);
      if (rule.refuseUnderHold) {
        const held = await holdsCovering(
          tx,
          input.tenantId,
          members.map((m) => m.id),
        );
        if (held.size > 0) throw heldRefusal(ctx, input.tenantId, members, held);
      }
      const applicable = await applyMemberRule(tx, input.tenantId, rule, members);
      const changed = applicable.length;
      // One event per member, then one for the batch.
      return {
        result: { changed, skipped: members.length - changed },
        audit: [
          ...memberRuleRecords(rule, applicable),
          {
            target: { type: "member_batch", id: input.tenantId },
            changes: {
              after: {
                members: members.length,
                changed,
                skipped: members.length - changed,
                ...(input.filter ? { filter: input.filter } : {}),
              },
            },
          },
        ],
      };
    },
  });
}

const NAMED_AT_MOST = 10;

/**
 * Why a deletion is refused. Holds are confidential: their names and matters go
 * only to a caller who may read holds; one who may read members learns which
 * members are held; anyone else, only that a legal hold blocks the deletion.
 */
function heldRefusal(
  ctx: Ctx,
  tenantId: string,
  members: Member[],
  held: Map<string, { name: string; matter: string }[]>,
): OperationError {
  const count = held.size === 1 ? "A member is" : `${held.size} members are`;
  if (!can(ctx.actor, "members.read", tenantId))
    return new OperationError("conflict", `${count} under a legal hold and cannot be deleted.`);
  const showHolds = can(ctx.actor, "legal_holds.read", tenantId);
  const heldMembers = members.filter((m) => held.has(m.id));
  const named = heldMembers.slice(0, NAMED_AT_MOST).map((m) => {
    if (!showHolds) return m.email;
    const holds = held.get(m.id)!.map((h) => `“${h.name}” (${h.matter})`);
    return `${m.email} — ${holds.join(", ")}`;
  });
  const more = heldMembers.length > NAMED_AT_MOST ? ` and ${heldMembers.length - NAMED_AT_MOST} more` : "";
  const then = showHolds ? "Release the hold first, or leave them out." : "Leave them out.";
  return new OperationError(
    "conflict",
    `${count} under ${showHolds ? "legal hold" : "a legal hold"} and cannot be deleted: ${named.join("; ")}${more}. ${then}`,
  );
}
