import { NO_DOOR } from "@/lib/operation/door-reasons";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { assertManagesUser } from "./assert-manages-user";
import { targetUserSchema } from "./target-user-input";

// End every session of a console user; their next request is refused.
export const revokeConsoleUserSessions = defineOperation({
  name: "console_user.revoke_sessions",
  kind: "write",
  permission: "console_users.write",
  schema: targetUserSchema,
  example: (ids) => ({ tenantId: ids.tenantId, userId: ids.targetUserId }),
  api: { none: NO_DOOR.NO_ESCALATION },
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const user = await assertManagesUser(tx, ctx, input.tenantId, input.userId);
    const ended = await tx.consoleSession.updateMany({
      where: { userId: user.id, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: "revoked by an administrator" },
    });
    return {
      result: { sessionsEnded: ended.count },
      audit: { target: { type: "console_user", id: user.id }, changes: { after: { sessionsEnded: ended.count } } },
    };
  },
});
