import { appendAuditEvents } from "@/lib/audit/append-audit-event";
import type { AuditAction } from "@/lib/audit/audit-actions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { holdsCovering } from "@/lib/holds/holds-covering";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { actorLabel, can, type Ctx } from "@/lib/rbac/actor";
import type { Permission } from "@/lib/rbac/permissions";
import { byTenant } from "@/lib/validation/tenant-input";
import { lockTargetMembers, memberTargetSchema } from "./member-target";

type Tx = Prisma.TransactionClient;
type Member = { id: string; email: string; status: string };

interface ActionRule {
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

const setStatus =
  (status: "active" | "suspended" | "deactivated" | "pending") => (tx: Tx, tenantId: string, ids: string[]) =>
    tx.member.updateMany({
      where: { tenantId, id: { in: ids } },
      data: {
        status,
        deactivatedAt: status === "deactivated" ? new Date() : null,
        ...(status === "pending" ? { inviteExpiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000) } : {}),
      },
    });

const resetDevices = (tx: Tx, tenantId: string, ids: string[]) =>
  tx.device.updateMany({ where: { tenantId, memberId: { in: ids }, status: "active" }, data: { status: "reset" } });

function memberAction(rule: ActionRule) {
  return defineOperation({
    name: rule.name,
    kind: "write",
    permission: rule.permission,
    schema: memberTargetSchema,
    tenantOf: byTenant,
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
      const applicable = members.filter((m) => rule.from.includes(m.status));
      const ids = applicable.map((m) => m.id);
      if (ids.length) {
        await rule.apply(tx, input.tenantId, ids);
        if (rule.command) {
          await tx.serviceCommand.createMany({
            data: ids.map((memberId) => ({ tenantId: input.tenantId, kind: rule.command!, memberId })),
          });
        }
      }
      // One event per member, then (by the wrapper) one for the batch.
      await recordEach(tx, ctx, input.tenantId, rule, applicable);
      return {
        result: { changed: ids.length, skipped: members.length - ids.length },
        audit: {
          target: { type: "member_batch", id: input.tenantId },
          changes: {
            after: {
              members: members.length,
              changed: ids.length,
              skipped: members.length - ids.length,
              ...(input.filter ? { filter: input.filter } : {}),
            },
          },
        },
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

async function recordEach(tx: Tx, ctx: Ctx, tenantId: string, rule: ActionRule, members: Member[]) {
  const a = ctx.actor;
  await appendAuditEvents(
    tx,
    tenantId,
    members.map((m) => ({
      action: rule.name,
      outcome: "success" as const,
      actor: { type: a.type, id: a.type === "system" ? undefined : a.id, label: actorLabel(a) },
      request: ctx.request,
      target: { type: "member", id: m.id },
      changes: rule.to ? { before: { status: m.status }, after: { status: rule.to } } : { after: { email: m.email } },
    })),
  );
}

// Suspend members: they are signed out by the messaging service's next poll.
export const suspendMembers = memberAction({
  name: "member.suspend",
  permission: "members.suspend",
  from: ["active", "pending"],
  to: "suspended",
  apply: setStatus("suspended"),
  command: "sign_out",
});

// Lift a suspension.
export const reactivateMembers = memberAction({
  name: "member.reactivate",
  permission: "members.reactivate",
  from: ["suspended"],
  to: "active",
  apply: setStatus("active"),
});

// Reset members' devices: each must register again.
export const resetMemberDevices = memberAction({
  name: "member.reset_devices",
  permission: "members.reset_devices",
  from: ["active", "pending", "suspended"],
  apply: resetDevices,
  command: "wipe_devices",
});

// Deactivate members: signed out, devices reset, no sign-in until reinvited.
export const deactivateMembers = memberAction({
  name: "member.deactivate",
  permission: "members.update",
  from: ["active", "pending", "suspended"],
  to: "deactivated",
  apply: async (tx, tenantId, ids) => {
    await resetDevices(tx, tenantId, ids);
    await setStatus("deactivated")(tx, tenantId, ids);
  },
  command: "sign_out",
});

// (Re)send invitations: pending for another 7 days.
export const reinviteMembers = memberAction({
  name: "member.reinvite",
  permission: "members.invite",
  from: ["pending", "deactivated"],
  to: "pending",
  apply: setStatus("pending"),
  command: "send_invite",
});

// Delete members and their devices: refused while a legal hold covers any of them.
export const deleteMembers = memberAction({
  name: "member.delete",
  permission: "members.delete",
  refuseUnderHold: true,
  from: ["active", "pending", "suspended", "deactivated"],
  apply: (tx, tenantId, ids) => tx.member.deleteMany({ where: { tenantId, id: { in: ids } } }),
});
