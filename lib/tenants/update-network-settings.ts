import { diffFields } from "@/lib/audit/diff-fields";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { toJson } from "@/lib/settings/to-json";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { networkSettingsSchema, readNetworkSettings } from "./network-settings";

export const updateNetworkSettingsSchema = tenantInput.extend({ settings: networkSettingsSchema });

// Read receipts, consent banner, client metrics, data retention (public key only).
export const updateNetworkSettings = defineOperation({
  name: "tenant.settings_update",
  kind: "write",
  permission: "tenants.update",
  schema: updateNetworkSettingsSchema,
  example: (ids) => ({ tenantId: ids.tenantId, settings: { readReceipts: "forced" } }),
  api: {
    method: "PUT",
    path: "/tenants/{tenantId}/settings",
    summary: "Replace the network's messaging settings",
    version: { operation: "getTenant", path: "/tenants/{tenantId}" },
  },
  output: networkSettingsSchema,
  tenantOf: byTenant,
  async run({ input, tx }) {
    const tenant = await tx.tenant.findFirst({
      where: { id: input.tenantId, deletedAt: null },
      select: { settings: true },
    });
    if (!tenant) throw notFound("The network");
    const before = readNetworkSettings(tenant.settings);
    await tx.tenant.update({
      where: { id: input.tenantId },
      data: { settings: toJson(input.settings), settingsVersion: { increment: 1 } },
    });
    return {
      result: input.settings,
      audit: {
        target: { type: "tenant", id: input.tenantId },
        changes: diffFields({ settings: before }, { settings: input.settings }),
      },
    };
  },
});
