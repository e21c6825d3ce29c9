import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

export const deleteTenantSchema = tenantInput.extend({
  confirmSlug: z.string().trim().min(1, "type the network's slug to confirm").max(48, "at most 48 characters"),
});

/**
 * Soft-deletes a network: it leaves every list and every service answer, and its
 * console users lose their roles in it, but its rows and audit chain are kept for
 * as long as retention requires. Nothing is erased here.
 */
export const deleteTenant = defineOperation({
  name: "tenant.delete",
  kind: "write",
  permission: "platform.tenants.delete",
  schema: deleteTenantSchema,
  example: (ids) => ({ tenantId: ids.tenantId, confirmSlug: "whatever" }),
  api: { none: NO_DOOR.PLATFORM },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const tenant = await tx.tenant.findFirst({ where: { id: input.tenantId, deletedAt: null } });
    if (!tenant) throw notFound("The network");
    if (input.confirmSlug !== tenant.slug) {
      throw new OperationError("validation", "The confirmation does not match.", {
        confirmSlug: [`type ${tenant.slug} to confirm`],
      });
    }
    const grants = await tx.roleGrant.deleteMany({ where: { tenantId: tenant.id } });
    const tokens = await tx.apiToken.updateMany({
      where: { tenantId: tenant.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await tx.tenant.update({
      where: { id: tenant.id },
      data: {
        deletedAt: new Date(),
        status: "suspended",
        settingsVersion: { increment: 1 },
        federationVersion: { increment: 1 },
      },
    });
    return {
      result: { deleted: true },
      audit: {
        target: { type: "tenant", id: tenant.id },
        changes: {
          before: { name: tenant.name, status: tenant.status },
          after: { deleted: true, rolesRemoved: grants.count, tokensRevoked: tokens.count },
        },
      },
    };
  },
});
