import { device } from "@/lib/devices/device-output";
import { scimProfileSchema } from "./scim-profile";
import { MemberStatus } from "@/lib/generated/prisma/enums";
import { id, atOrNull, at } from "@/lib/operation/wire";
import { z } from "zod";
import { holdsCovering } from "@/lib/retention/holds-covering";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { can } from "@/lib/rbac/actor";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

const memberOutput = z.object({
  tenantId: id,
  id,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  displayName: z.string(),
  status: z.enum(MemberStatus),
  groupId: id,
  isAdmin: z.boolean(),
  inviteExpiresAt: atOrNull,
  externalId: z.string().nullable(),
  // Set when an identity provider provisions the member (SCIM).
  userName: z.string().nullable(),
  scimProfile: scimProfileSchema.nullable(),
  scimDeletedAt: atOrNull,
  lastSeenAt: atOrNull,
  deactivatedAt: atOrNull,
  createdAt: at,
  updatedAt: at,
  group: z.object({ id, name: z.string() }),
  devices: z.array(device),
  // Only for a caller who may read legal holds; absent for anyone else.
  holds: z.array(z.object({ id, name: z.string(), matter: z.string() })).optional(),
});

// GET one member: profile, group and devices, and the holds covering them for
// a caller who may read holds. Holds are confidential: to anyone else the
// answer says nothing about them, not even that there are any.
export const getMember = defineOperation({
  name: "member.read",
  kind: "read",
  permission: "members.read",
  schema: tenantInput.extend({ memberId: z.uuid({ message: "expected a member id" }) }),
  example: (ids) => ({ tenantId: ids.tenantId, memberId: ids.memberId }),
  api: {
    method: "GET",
    path: "/tenants/{tenantId}/members/{memberId}",
    summary: "Read a member with devices and holds",
  },
  output: memberOutput,
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
