import { z } from "zod";
import { getConfig } from "@/lib/config/read-config";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound, OperationError } from "@/lib/operation/operation-error";
import { at } from "@/lib/operation/wire";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { memberJid } from "./ejabberd/xmpp-address";
import { invitationToken } from "./join-messaging";

// GET the link a pending member follows to set their messenger password, for an
// admin to pass on (the console sends no mail). The link is a credential until
// it is used: only those who may invite see it. Its use is audited (member.joined).
export const getMemberInvitation = defineOperation({
  name: "member.invitation",
  kind: "read",
  permission: "members.invite",
  schema: tenantInput.extend({ memberId: z.uuid({ message: "expected a member id" }) }),
  example: (ids) => ({ tenantId: ids.tenantId, memberId: ids.memberId }),
  api: {
    method: "GET",
    path: "/tenants/{tenantId}/members/{memberId}/invitation",
    summary: "A pending member's invitation link",
  },
  output: z.object({ path: z.string(), url: z.string().nullable(), address: z.string(), expiresAt: at }),
  tenantOf: byTenant,
  async run({ input, db }) {
    const member = await db.member.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.memberId } },
      include: { tenant: { select: { xmppDomain: true } } },
    });
    if (!member) throw notFound("The member");
    if (member.status !== "pending" || !member.inviteExpiresAt || member.inviteExpiresAt <= new Date())
      throw new OperationError("conflict", "This member has no open invitation: reinvite them first.", {
        memberId: ["no open invitation"],
      });
    if (!member.tenant.xmppDomain)
      throw new OperationError("conflict", "This network has no messaging domain: set one in its settings first.", {
        tenantId: ["no messaging domain"],
      });
    const path = `/join/${invitationToken({ tenantId: member.tenantId, id: member.id, inviteExpiresAt: member.inviteExpiresAt })}`;
    const origin = getConfig().NEXTAUTH_URL?.replace(/\/$/, "");
    return {
      path,
      url: origin ? `${origin}${path}` : null,
      address: memberJid(member.email, member.tenant.xmppDomain),
      expiresAt: member.inviteExpiresAt,
    };
  },
});
