import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { at, atOrNull, id } from "@/lib/operation/wire";
import { lifetimeImpact } from "@/lib/retention/lifetime-impact-output";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { previewHoldRelease } from "./preview-hold-change";

// GET one legal hold with every custodian it names: the members held by name
// and the groups held whole. The list answers counts; a compliance officer's
// script that must show counsel who a matter keeps reads them here. Both lists
// are complete: a hold names at most 10,000 members and 500 groups.
export const getLegalHold = defineOperation({
  name: "hold.get",
  kind: "read",
  permission: "legal_holds.read",
  schema: tenantInput.extend({ holdId: z.uuid({ message: "expected a hold id" }) }),
  example: (ids) => ({ tenantId: ids.tenantId, holdId: ids.holdId }),
  api: { method: "GET", path: "/tenants/{tenantId}/holds/{holdId}", summary: "A legal hold and its custodians" },
  ui: { none: "the holds page shows each hold's custodian counts and who it covers through the member pages" },
  output: z.object({
    id,
    name: z.string(),
    matter: z.string(),
    startsAt: at,
    endsAt: atOrNull,
    createdAt: at,
    releasedAt: atOrNull,
    members: z.array(z.object({ id, email: z.string(), displayName: z.string() })),
    groups: z.array(z.object({ id, name: z.string() })),
    releaseImpact: lifetimeImpact.nullable(),
  }),
  tenantOf: byTenant,
  async run({ input, db }) {
    const hold = await db.legalHold.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.holdId } },
      include: { members: { select: { memberId: true } }, groups: { select: { groupId: true } } },
    });
    if (!hold) throw notFound("The hold");
    const [members, groups, releaseImpact] = await Promise.all([
      db.member.findMany({
        where: { tenantId: input.tenantId, id: { in: hold.members.map((m) => m.memberId) } },
        select: { id: true, email: true, displayName: true },
        orderBy: { email: "asc" },
      }),
      db.securityGroup.findMany({
        where: { tenantId: input.tenantId, id: { in: hold.groups.map((g) => g.groupId) } },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      }),
      hold.releasedAt ? null : previewHoldRelease(db, input.tenantId, hold.id),
    ]);
    return {
      id: hold.id,
      name: hold.name,
      matter: hold.matter,
      startsAt: hold.startsAt,
      endsAt: hold.endsAt,
      createdAt: hold.createdAt,
      releasedAt: hold.releasedAt,
      members,
      groups,
      releaseImpact,
    };
  },
});
