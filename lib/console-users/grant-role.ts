import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, forbidden, notFound } from "@/lib/operation/operation-error";
import { TENANT_ROLES } from "@/lib/rbac/permissions";
import { byTenant } from "@/lib/validation/tenant-input";
import { targetUserSchema } from "./target-user-input";

export const grantRoleSchema = targetUserSchema.extend({ role: z.enum(TENANT_ROLES, { message: "choose a role" }) });

// Set a console user's role in this network (they must already hold one here).
// The SSO sign-in, a system actor, also comes through here to bring a user's
// grants in line with their IdP groups: it may give a first role in a network,
// and its grants follow the IdP ("sso") until an admin sets one by hand.
export const grantRole = defineOperation({
  name: "role.grant",
  kind: "write",
  permission: "console_users.write",
  schema: grantRoleSchema,
  example: (ids) => ({ tenantId: ids.tenantId, userId: ids.targetUserId, role: "tenant_admin" }),
  api: { none: NO_DOOR.NO_ESCALATION },
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    if (ctx.actor.type === "console_user" && ctx.actor.id === input.userId) throw forbidden();
    const fromIdp = ctx.actor.type === "system";
    const key = { tenantId_userId: { tenantId: input.tenantId, userId: input.userId } };
    const before = await tx.roleGrant.findUnique({ where: key });
    if (!before && !fromIdp) throw notFound("The console user");
    // An admin's grant outranks the IdP's.
    if (fromIdp && before?.source === "manual")
      throw new OperationError("conflict", "This role was set by an admin; single sign-on leaves it alone.");
    const source = fromIdp ? ("sso" as const) : ("manual" as const);
    await tx.roleGrant.upsert({
      where: key,
      create: { tenantId: input.tenantId, userId: input.userId, role: input.role, source },
      // Set by hand, the grant no longer follows the IdP's groups.
      update: { role: input.role, source },
    });
    return {
      result: { role: input.role },
      audit: {
        target: { type: "console_user", id: input.userId },
        changes: {
          before: { role: before?.role ?? null },
          after: { role: input.role, ...(fromIdp ? { source } : {}) },
        },
      },
    };
  },
});
