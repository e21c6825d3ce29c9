import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

// GET a network's security groups with their member counts.
export const listGroups = defineOperation({
  name: "group.list",
  kind: "read",
  permission: "groups.read",
  schema: tenantInput,
  tenantOf: byTenant,
  async run({ input, db }) {
    const [groups, counts] = await Promise.all([
      db.securityGroup.findMany({
        where: { tenantId: input.tenantId },
        orderBy: [{ isDefault: "desc" }, { name: "asc" }],
      }),
      db.member.groupBy({ by: ["groupId"], where: { tenantId: input.tenantId }, _count: { _all: true } }),
    ]);
    const byGroup = new Map(counts.map((c) => [c.groupId, c._count._all]));
    return groups.map((g) => ({
      id: g.id,
      name: g.name,
      isDefault: g.isDefault,
      version: g.version,
      updatedAt: g.updatedAt,
      members: byGroup.get(g.id) ?? 0,
    }));
  },
});
