import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { forbidden, notFound } from "@/lib/operation/operation-error";
import { TENANT_ROLES } from "@/lib/rbac/permissions";
import { byTenant } from "@/lib/validation/tenant-input";
import { targetUserSchema } from "./target-user-input";

export const grantRoleSchema = targetUserSchema.extend({ role: z.enum(TENANT_ROLES, { message: "choose a role" }) });

// Set a console user's role in this network (they must already hold one here).
export const grantRole = defineOperation({
  name: "role.grant",
  kind: "write",
  permission: "console_users.write",
  schema: grantRoleSchema,
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    if (ctx.actor.type === "console_user" && ctx.actor.id === input.userId) throw forbidden();
    const before = await tx.roleGrant.findUnique({
      where: { tenantId_userId: { tenantId: input.tenantId, userId: input.userId } },
    });
    if (!before) throw notFound("The console user");
    await tx.roleGrant.update({
      where: { tenantId_userId: { tenantId: input.tenantId, userId: input.userId } },
      // Set by hand, the grant no longer follows the IdP's groups.
      data: { role: input.role, source: "manual" },
    });
    return {
      result: { role: input.role },
      audit: {
        target: { type: "console_user", id: input.userId },
        changes: { before: { role: before.role }, after: { role: input.role } },
      },
    };
  },
});
