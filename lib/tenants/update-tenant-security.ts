import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

export const updateTenantSecuritySchema = tenantInput.extend({
  requireMfa: z.boolean({ message: "expected true or false" }),
});

// Require TOTP of every console user with a role in this network.
export const updateTenantSecurity = defineOperation({
  name: "tenant.security_update",
  kind: "write",
  permission: "tenants.update",
  schema: updateTenantSecuritySchema,
  example: (ids) => ({ tenantId: ids.tenantId, requireMfa: true }),
  api: {
    method: "PUT",
    path: "/tenants/{tenantId}/security",
    summary: "Require MFA for the network's console users",
    version: { operation: "getTenant", path: "/tenants/{tenantId}" },
  },
  output: z.object({ requireMfa: z.boolean() }),
  tenantOf: byTenant,
  async run({ input, tx }) {
    const before = await tx.tenant.findUnique({ where: { id: input.tenantId }, select: { requireMfa: true } });
    if (!before) throw notFound("The network");
    await tx.tenant.update({ where: { id: input.tenantId }, data: { requireMfa: input.requireMfa } });
    return {
      result: { requireMfa: input.requireMfa },
      audit: {
        target: { type: "tenant", id: input.tenantId },
        changes: { before, after: { requireMfa: input.requireMfa } },
      },
    };
  },
});
