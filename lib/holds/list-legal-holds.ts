import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { previewHoldRelease } from "./preview-hold-change";

// GET a network's legal holds, active first, with their custodian counts.
export const listLegalHolds = defineOperation({
  name: "hold.list",
  kind: "read",
  permission: "legal_holds.read",
  schema: tenantInput,
  tenantOf: byTenant,
  async run({ input, db }) {
    const holds = await db.legalHold.findMany({
      where: { tenantId: input.tenantId },
      orderBy: [{ releasedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
      include: { _count: { select: { members: true, groups: true } } },
    });
    // For each active hold, what releasing it would shorten: shown before the release is confirmed.
    return Promise.all(
      holds.map(async (h) => ({
        ...h,
        members: h._count.members,
        groups: h._count.groups,
        releaseImpact: h.releasedAt ? null : await previewHoldRelease(db, input.tenantId, h.id),
      })),
    );
  },
});
