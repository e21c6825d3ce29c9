import { NO_DOOR } from "@/lib/operation/door-reasons";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { assertManagesUser } from "./assert-manages-user";
import { targetUserSchema } from "./target-user-input";

// Deactivate a console account everywhere and end all its sessions.
export const deactivateConsoleUser = defineOperation({
  name: "console_user.deactivate",
  kind: "write",
  permission: "console_users.write",
  schema: targetUserSchema,
  example: (ids) => ({ tenantId: ids.tenantId, userId: ids.targetUserId }),
  api: { none: NO_DOOR.NO_ESCALATION },
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const user = await assertManagesUser(tx, ctx, input.tenantId, input.userId);
    await tx.consoleUser.update({ where: { id: user.id }, data: { status: "deactivated", inviteTokenHash: null } });
    const ended = await tx.consoleSession.updateMany({
      where: { userId: user.id, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: "account deactivated" },
    });
    return {
      result: { sessionsEnded: ended.count },
      audit: {
        target: { type: "console_user", id: user.id },
        changes: { before: { status: user.status }, after: { status: "deactivated", sessionsEnded: ended.count } },
      },
    };
  },
});
