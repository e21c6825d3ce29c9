import { NO_DOOR } from "@/lib/operation/door-reasons";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { assertManagesUser } from "./assert-manages-user";
import { targetUserSchema } from "./target-user-input";

// Remove a console user's TOTP and recovery codes (a lost phone); they enrol again.
export const resetConsoleUserMfa = defineOperation({
  name: "console_user.reset_mfa",
  kind: "write",
  permission: "console_users.write",
  schema: targetUserSchema,
  example: (ids) => ({ tenantId: ids.tenantId, userId: ids.targetUserId }),
  api: { none: NO_DOOR.NO_ESCALATION },
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const user = await assertManagesUser(tx, ctx, input.tenantId, input.userId);
    await tx.consoleUser.update({
      where: { id: user.id },
      data: { totpSecretEnc: null, totpEnabledAt: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    return {
      result: { reset: true },
      audit: {
        target: { type: "console_user", id: user.id },
        changes: { before: { mfa: !!user.totpEnabledAt }, after: { mfa: false } },
      },
    };
  },
});
