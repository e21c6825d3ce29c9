import { z } from "zod";
import { holdsCovering } from "@/lib/holds/holds-covering";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { can } from "@/lib/rbac/actor";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

// GET one member: profile, group and devices, and the holds covering them for
// a caller who may read holds. Holds are confidential: to anyone else the
// answer says nothing about them, not even that there are any.
export const getMember = defineOperation({
  name: "member.read",
  kind: "read",
  permission: "members.read",
  schema: tenantInput.extend({ memberId: z.uuid({ message: "expected a member id" }) }),
  api: {
    method: "GET",
    path: "/tenants/{tenantId}/members/{memberId}",
    summary: "Read a member with devices and holds",
  },
  tenantOf: byTenant,
  async run({ ctx, input, db }) {
    const member = await db.member.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.memberId } },
      include: { group: { select: { id: true, name: true } }, devices: { orderBy: { lastSeenAt: "desc" } } },
    });
    if (!member) throw notFound("The member");
    if (!can(ctx.actor, "legal_holds.read", input.tenantId)) return { ...member, holds: undefined };
    const holds = (await holdsCovering(db, input.tenantId, [member.id])).get(member.id) ?? [];
    return { ...member, holds };
  },
});
