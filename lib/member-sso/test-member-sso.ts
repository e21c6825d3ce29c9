import { z } from "zod";
import { getConfig } from "@/lib/config/read-config";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { byTenant } from "@/lib/validation/tenant-input";
import { checkOidcIssuer } from "./check-oidc-issuer";
import { memberSsoFields } from "./member-sso-input";
import { tenantInput } from "@/lib/validation/tenant-input";

export const testMemberSsoSchema = tenantInput.extend({
  issuer: memberSsoFields.issuer,
  scopes: memberSsoFields.scopes,
  usernameClaim: memberSsoFields.usernameClaim,
});

/**
 * "Test configuration": discovery against the issuer as entered (saved or not).
 * The console fetches from its own network, so only https issuers are tried
 * unless the deployment allows http (CUSTODIAN_ALLOW_HTTP_ISSUERS, for tests).
 */
export const testMemberSso = defineOperation({
  name: "member_sso.test",
  kind: "write",
  permission: "sso.write",
  schema: testMemberSsoSchema,
  example: (ids) => ({
    tenantId: ids.tenantId,
    issuer: "https://idp.example.test",
    scopes: ["openid"],
    usernameClaim: "email",
  }),
  api: {
    method: "POST",
    path: "/tenants/{tenantId}/member-sso/test",
    summary: "Test an OpenID provider's configuration",
  },
  output: z.object({
    ok: z.boolean(),
    checks: z.array(
      z.object({
        name: z.enum(["discovery", "issuer", "jwks", "scopes", "claims"]),
        ok: z.boolean(),
        detail: z.string(),
      }),
    ),
  }),
  tenantOf: byTenant,
  async run({ input }) {
    if (!input.issuer.startsWith("https://") && !getConfig().CUSTODIAN_ALLOW_HTTP_ISSUERS) {
      throw new OperationError("validation", "Some fields need attention.", { issuer: ["the issuer must use https"] });
    }
    const result = await checkOidcIssuer(input);
    return {
      result,
      audit: {
        target: { type: "member_sso", id: input.tenantId },
        changes: {
          after: { issuer: input.issuer, ok: result.ok, failed: result.checks.filter((c) => !c.ok).map((c) => c.name) },
        },
      },
    };
  },
});
