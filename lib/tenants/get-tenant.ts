import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { readNetworkSettings } from "./network-settings";

// GET one network: its plan, status, settings and member counts.
export const getTenant = defineOperation({
  name: "tenant.read",
  kind: "read",
  permission: "tenants.read",
  schema: tenantInput,
  tenantOf: byTenant,
  async run({ input, db }) {
    const tenant = await db.tenant.findFirst({ where: { id: input.tenantId, deletedAt: null } });
    if (!tenant) throw notFound("The network");
    const counts = await db.member.groupBy({ by: ["status"], where: { tenantId: tenant.id }, _count: { _all: true } });
    const count = (s: string) => counts.find((c) => c.status === s)?._count._all ?? 0;
    return {
      ...tenant,
      settings: readNetworkSettings(tenant.settings),
      members: {
        active: count("active"),
        pending: count("pending"),
        suspended: count("suspended"),
        total: counts.reduce((n, c) => n + c._count._all, 0),
      },
    };
  },
});
