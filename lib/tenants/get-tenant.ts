import { networkSettingsSchema } from "@/lib/tenants/network-settings";
import { TenantStatus, TenantPlan, FederationMode } from "@/lib/generated/prisma/enums";
import { id, atOrNull, count, at } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { readNetworkSettings } from "./network-settings";

const tenantOutput = z.object({
  id,
  slug: z.string(),
  name: z.string(),
  status: z.enum(TenantStatus),
  plan: z.enum(TenantPlan),
  trialEndsAt: atOrNull,
  region: z.string(),
  xmppDomain: z.string().nullable(),
  requireMfa: z.boolean(),
  settings: networkSettingsSchema,
  settingsVersion: count,
  federationMode: z.enum(FederationMode),
  federationVersion: count,
  guestLapseDays: count,
  deletedAt: atOrNull,
  createdAt: at,
  updatedAt: at,
  members: z.object({ active: count, pending: count, suspended: count, total: count }),
});

// GET one network: its plan, status, settings and member counts.
export const getTenant = defineOperation({
  name: "tenant.read",
  kind: "read",
  permission: "tenants.read",
  schema: tenantInput,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { method: "GET", path: "/tenants/{tenantId}", summary: "Read a network" },
  output: tenantOutput,
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
