import { created } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { holdLockKey } from "@/lib/retention/enforcement/held-members-sql";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { emailAddress } from "@/lib/validation/email-address";

export const createLegalHoldSchema = tenantInput
  .extend({
    name: z.string().trim().min(1, "name the hold").max(200, "at most 200 characters"),
    matter: z.string().trim().min(1, "enter the matter reference").max(200, "at most 200 characters"),
    memberEmails: z.array(emailAddress("expected member emails")).max(10_000).default([]),
    groupIds: z
      .array(z.uuid({ message: "expected group ids" }))
      .max(500)
      .default([]),
    startsAt: z.coerce.date({ message: "expected a date" }).optional(),
    endsAt: z.coerce.date({ message: "expected a date" }).optional().nullable(),
  })
  .refine((h) => h.memberEmails.length + h.groupIds.length > 0, {
    path: ["memberEmails"],
    message: "name at least one custodian: members or groups",
  })
  .refine((h) => !h.endsAt || !h.startsAt || h.endsAt > h.startsAt, {
    path: ["endsAt"],
    message: "the end must come after the start",
  })
  .refine((h) => !h.endsAt || h.endsAt > new Date(), { path: ["endsAt"], message: "the end must be in the future" });

// Put members (by email) and whole groups under a legal hold.
export const createLegalHold = defineOperation({
  name: "hold.create",
  kind: "write",
  permission: "legal_holds.write",
  schema: createLegalHoldSchema,
  example: (ids) => ({ tenantId: ids.tenantId, name: "Probe hold", matter: "M-1", groupIds: [ids.groupId] }),
  api: { method: "POST", path: "/tenants/{tenantId}/holds", summary: "Place a legal hold" },
  output: created,
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    // Waits for any retention batch in flight, so none purges a custodian of this hold.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${holdLockKey(input.tenantId)})`;
    const members = await tx.member.findMany({
      where: { tenantId: input.tenantId, email: { in: input.memberEmails } },
      select: { id: true, email: true },
    });
    const unknown = input.memberEmails.filter((e) => !members.some((m) => m.email === e));
    if (unknown.length) {
      throw new OperationError("validation", "Some custodians are not members.", {
        memberEmails: [
          `not members of this network: ${unknown.slice(0, 5).join(", ")}${unknown.length > 5 ? "…" : ""}`,
        ],
      });
    }
    const groups = await tx.securityGroup.count({ where: { tenantId: input.tenantId, id: { in: input.groupIds } } });
    if (groups !== new Set(input.groupIds).size)
      throw new OperationError("validation", "A group does not exist.", {
        groupIds: ["a chosen group does not exist"],
      });
    const hold = await tx.legalHold.create({
      data: {
        tenantId: input.tenantId,
        name: input.name,
        matter: input.matter,
        startsAt: input.startsAt ?? new Date(),
        endsAt: input.endsAt ?? null,
        createdById: ctx.actor.type === "console_user" ? ctx.actor.id : null,
        members: { create: members.map((m) => ({ memberId: m.id })) },
        groups: { create: [...new Set(input.groupIds)].map((groupId) => ({ groupId })) },
      },
    });
    return {
      result: { id: hold.id },
      audit: {
        target: { type: "legal_hold", id: hold.id },
        changes: {
          after: { name: input.name, matter: input.matter, members: members.length, groups: input.groupIds.length },
        },
      },
    };
  },
});
