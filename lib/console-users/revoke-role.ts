import { NO_DOOR } from "@/lib/operation/door-reasons";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, forbidden, notFound } from "@/lib/operation/operation-error";
import { byTenant } from "@/lib/validation/tenant-input";
import { targetUserSchema } from "./target-user-input";

// Remove a console user from this network. Their next request in it is refused.
// The SSO sign-in (a system actor) removes only grants that came from the IdP.
export const revokeRole = defineOperation({
  name: "role.revoke",
  kind: "write",
  permission: "console_users.write",
  schema: targetUserSchema,
  example: (ids) => ({ tenantId: ids.tenantId, userId: ids.targetUserId }),
  api: { none: NO_DOOR.NO_ESCALATION },
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    if (ctx.actor.type === "console_user" && ctx.actor.id === input.userId) throw forbidden();
    const key = { tenantId_userId: { tenantId: input.tenantId, userId: input.userId } };
    const before = await tx.roleGrant.findUnique({ where: key });
    if (!before) throw notFound("The console user");
    if (ctx.actor.type === "system" && before.source === "manual")
      throw new OperationError("conflict", "This role was set by an admin; single sign-on leaves it alone.");
    await tx.roleGrant.delete({ where: key });
    return {
      result: { removed: true },
      audit: {
        target: { type: "console_user", id: input.userId },
        changes: { before: { role: before.role }, after: { role: null } },
      },
    };
  },
});
