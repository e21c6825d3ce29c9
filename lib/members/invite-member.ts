import { created } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { emailAddress } from "@/lib/validation/email-address";

export const INVITE_DAYS = 7;

export const inviteMemberSchema = tenantInput.extend({
  email: emailAddress("expected an email address"),
  firstName: z.string().trim().max(100, "at most 100 characters").default(""),
  lastName: z.string().trim().max(100, "at most 100 characters").default(""),
  groupId: z.uuid({ message: "choose a group" }).optional(),
});

// Invite one person: a pending member, and an invitation the messaging service sends.
export const inviteMember = defineOperation({
  name: "member.invite",
  kind: "write",
  permission: "members.invite",
  schema: inviteMemberSchema,
  example: (ids) => ({ tenantId: ids.tenantId, email: "invitee@example.test" }),
  api: { method: "POST", path: "/tenants/{tenantId}/members", summary: "Invite a member" },
  output: created,
  tenantOf: byTenant,
  async run({ input, tx }) {
    if (
      await tx.member.findUnique({
        where: { tenantId_email: { tenantId: input.tenantId, email: input.email } },
        select: { id: true },
      })
    ) {
      throw new OperationError("conflict", "That person is already a member.", {
        email: ["already a member of this network: reinvite them from the list"],
      });
    }
    const group = input.groupId
      ? await tx.securityGroup.findUnique({ where: { tenantId_id: { tenantId: input.tenantId, id: input.groupId } } })
      : await tx.securityGroup.findFirst({ where: { tenantId: input.tenantId, isDefault: true } });
    if (!group)
      throw new OperationError("validation", "That group does not exist.", { groupId: ["that group does not exist"] });
    const member = await tx.member.create({
      data: {
        tenantId: input.tenantId,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        displayName: `${input.firstName} ${input.lastName}`.trim() || input.email,
        groupId: group.id,
        status: "pending",
        inviteExpiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
      },
    });
    await tx.serviceCommand.create({ data: { tenantId: input.tenantId, kind: "send_invite", memberId: member.id } });
    return {
      result: { id: member.id },
      audit: {
        target: { type: "member", id: member.id },
        changes: { after: { email: input.email, group: group.name, status: "pending" } },
      },
    };
  },
});
