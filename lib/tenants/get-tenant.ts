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
  api: { method: "GET", path: "/tenants/{tenantId}", summary: "Read a network" },
  tenantOf: byTenant,
  async run({ input, db }) {
    const tenant = await db.tenant.findFirst({ where: { id: input.tenantId, deletedAt: null } });
    if (!tenant) throw notFound("The network");
    // From the counters the member triggers keep, not a count of the members: every network page reads this.
    const counts = await db.tenantCount.findMany({ where: { tenantId: tenant.id, dim: "member.status" } });
    const count = (s: string) => Number(counts.find((c) => c.key === s)?.n ?? 0);
    return {
      ...tenant,
      settings: readNetworkSettings(tenant.settings),
      members: {
        active: count("active"),
        pending: count("pending"),
        suspended: count("suspended"),
        total: counts.reduce((n, c) => n + Number(c.n), 0),
      },
    };
  },
});
