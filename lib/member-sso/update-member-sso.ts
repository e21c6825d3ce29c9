import { z } from "zod";
import { diffFields } from "@/lib/audit/diff-fields";
import { sealSecret } from "@/lib/crypto/seal-secret";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { toJson } from "@/lib/settings/to-json";
import { byTenant } from "@/lib/validation/tenant-input";
import { updateMemberSsoSchema } from "./member-sso-input";

export const SIGN_OUT_WARNING =
  "Turning SSO on, or changing the issuer, signs every member of this network out of the messaging apps. Confirm to continue.";

// Configure how the messaging service signs this network's members in.
export const updateMemberSso = defineOperation({
  name: "member_sso.update",
  kind: "write",
  permission: "sso.write",
  schema: updateMemberSsoSchema,
  example: (ids) => ({
    tenantId: ids.tenantId,
    enabled: false,
    issuer: "https://idp.example.test",
    clientId: "c",
    clientSecret: "s",
    scopes: ["openid"],
    usernameClaim: "email",
    refreshGraceMinutes: 0,
  }),
  api: { method: "PUT", path: "/tenants/{tenantId}/member-sso", summary: "Configure members' sign-in provider" },
  output: z.object({ saved: z.literal(true), membersSignedOut: z.boolean() }),
  tenantOf: byTenant,
  async run({ input, tx }) {
    const existing = await tx.memberSsoConfig.findUnique({ where: { tenantId: input.tenantId } });
    const { tenantId, clientSecret, confirmSignOut, ...fields } = input;
    if (!existing && !clientSecret) {
      throw new OperationError("validation", "Some fields need attention.", {
        clientSecret: ["enter the client secret"],
      });
    }
    const signsOut = fields.enabled && (!existing?.enabled || existing.issuer !== fields.issuer);
    if (signsOut && !confirmSignOut) {
      throw new OperationError("validation", SIGN_OUT_WARNING, { confirmSignOut: [SIGN_OUT_WARNING] });
    }
    const data = {
      ...fields,
      extraAuthParams: toJson(fields.extraAuthParams),
      ...(clientSecret ? { clientSecretEnc: sealSecret(clientSecret) } : {}),
    };
    await tx.memberSsoConfig.upsert({
      where: { tenantId },
      create: { tenantId, ...data, clientSecretEnc: data.clientSecretEnc ?? "" },
      update: data,
    });
    await tx.tenant.update({ where: { id: tenantId }, data: { settingsVersion: { increment: 1 } } });
    const before = existing
      ? {
          enabled: existing.enabled,
          issuer: existing.issuer,
          clientId: existing.clientId,
          scopes: existing.scopes,
          usernameClaim: existing.usernameClaim,
          extraAuthParams: existing.extraAuthParams,
          refreshGraceMinutes: existing.refreshGraceMinutes,
        }
      : {};
    const changes = diffFields(before as Record<string, unknown>, {
      ...fields,
      ...(clientSecret ? { clientSecret: "changed" } : {}),
    });
    return {
      result: { saved: true, membersSignedOut: signsOut },
      audit: { target: { type: "member_sso", id: tenantId }, changes },
    };
  },
});
