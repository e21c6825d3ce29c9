import { NO_DOOR } from "@/lib/operation/door-reasons";
import QRCode from "qrcode";
import { z } from "zod";
import { totpFor, newTotpSecret } from "@/lib/auth/totp";
import { sealSecret } from "@/lib/crypto/seal-secret";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";

/**
 * Starts TOTP enrolment: a new seed, sealed at rest, not yet in force. The result
 * (QR code and the seed for manual entry) goes to the enrolling user only.
 */
export const beginTotpEnrolment = defineOperation({
  name: "account.mfa_begin",
  kind: "write",
  permission: "signed_in",
  schema: z.object({}),
  example: () => ({}),
  api: { none: NO_DOOR.OWN_ACCOUNT },
  async run({ ctx, tx }) {
    if (ctx.actor.type !== "console_user") throw new OperationError("forbidden", "Only console users enrol in MFA.");
    const user = await tx.consoleUser.findUniqueOrThrow({ where: { id: ctx.actor.id } });
    if (user.totpEnabledAt) throw new OperationError("conflict", "Two-factor sign-in is already on for this account.");
    const secret = newTotpSecret();
    await tx.consoleUser.update({
      where: { id: user.id },
      data: { totpSecretEnc: sealSecret(secret), totpLastStep: null },
    });
    const uri = totpFor(secret, user.email).toString();
    const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, width: 192 });
    return { result: { secret, uri, qrSvg }, audit: { target: { type: "console_user", id: user.id } } };
  },
});
