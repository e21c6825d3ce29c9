import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { diffFields } from "@/lib/audit/diff-fields";
import { checkTrial, tenantFields } from "./tenant-input";

export const updateTenantSchema = z.object({ ...tenantInput.shape, ...tenantFields }).superRefine(checkTrial);

// Rename a network, change its plan, trial end, region or XMPP domain (platform operators).
export const updateTenant = defineOperation({
  name: "tenant.update",
  kind: "write",
  permission: "platform.tenants.set_plan",
  schema: updateTenantSchema,
  example: (ids) => ({ tenantId: ids.tenantId, name: "Renamed Co", plan: "premium", region: "eu-central-1" }),
  api: { none: NO_DOOR.PLATFORM },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const { tenantId, ...fields } = input;
    const before = await tx.tenant.findFirst({
      where: { id: tenantId, deletedAt: null },
      select: { name: true, plan: true, trialEndsAt: true, region: true, xmppDomain: true },
    });
    if (!before) throw notFound("The network");
    if (
      fields.xmppDomain &&
      (await tx.tenant.findFirst({
        where: { xmppDomain: fields.xmppDomain, id: { not: tenantId } },
        select: { id: true },
      }))
    )
      throw new OperationError("conflict", "That XMPP domain is taken.", {
        xmppDomain: ["another network uses this domain"],
      });
    await tx.tenant.update({
      where: { id: tenantId },
      data: { ...fields, settingsVersion: { increment: 1 }, federationVersion: { increment: 1 } },
    });
    return {
      result: { updated: true },
      audit: { target: { type: "tenant", id: tenantId }, changes: diffFields(before, fields) },
    };
  },
});
