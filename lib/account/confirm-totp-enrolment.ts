import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { hashRecoveryCode, matchTotpStep, newRecoveryCodes } from "@/lib/auth/totp";
import { openSecret } from "@/lib/crypto/seal-secret";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";

export const confirmTotpSchema = z.object({
  code: z
    .string()
    .max(32, "enter the 6-digit code from your authenticator app")
    .trim()
    .regex(/^\d{6}$/, "enter the 6-digit code from your authenticator app"),
});

/** Turns TOTP on once the user proves their app works; returns recovery codes, once. */
export const confirmTotpEnrolment = defineOperation({
  name: "account.mfa_enable",
  kind: "write",
  permission: "signed_in",
  schema: confirmTotpSchema,
  example: () => ({ code: "123456" }),
  api: { none: NO_DOOR.OWN_ACCOUNT },
  async run({ ctx, input, tx }) {
    if (ctx.actor.type !== "console_user") throw new OperationError("forbidden", "Only console users enrol in MFA.");
    const user = await tx.consoleUser.findUniqueOrThrow({
      where: { id: ctx.actor.id },
      omit: { totpSecretEnc: false },
    });
    if (user.totpEnabledAt) throw new OperationError("conflict", "Two-factor sign-in is already on for this account.");
    if (!user.totpSecretEnc)
      throw new OperationError("conflict", "Start the set-up again: no authenticator is pending.");
    const step = matchTotpStep(openSecret(user.totpSecretEnc), input.code, user.totpLastStep);
    if (step === null) {
      throw new OperationError("validation", "The code did not match.", {
        code: ["that code is not right: check the device's clock and enter the current code"],
      });
    }
    const codes = newRecoveryCodes();
    await tx.consoleUser.update({ where: { id: user.id }, data: { totpEnabledAt: new Date(), totpLastStep: step } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId: user.id, codeHash: hashRecoveryCode(c) })) });
    return {
      result: { recoveryCodes: codes },
      audit: {
        target: { type: "console_user", id: user.id },
        changes: { before: { mfa: false }, after: { mfa: true } },
      },
    };
  },
});
