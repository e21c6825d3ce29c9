import { id, count, at } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

const memberSso = z
  .object({
    tenantId: id,
    enabled: z.boolean(),
    issuer: z.string(),
    clientId: z.string(),
    scopes: z.array(z.string()),
    usernameClaim: z.string(),
    extraAuthParams: z.record(z.string(), z.string()),
    refreshGraceMinutes: count,
    updatedAt: at,
    hasClientSecret: z.boolean(),
  })
  .nullable()
  .describe("null until the network configures its members' sign-in provider");

// GET a network's member SSO configuration; the client secret is never returned.
export const getMemberSso = defineOperation({
  name: "member_sso.read",
  kind: "read",
  permission: "sso.read",
  schema: tenantInput,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { method: "GET", path: "/tenants/{tenantId}/member-sso", summary: "Members' sign-in provider" },
  output: memberSso,
  tenantOf: byTenant,
  async run({ input, db }) {
    const row = await db.memberSsoConfig.findUnique({ where: { tenantId: input.tenantId } });
    if (!row) return null;
    // Whether a secret is set, without reading it (the column is omitted by default).
    const withSecret = await db.memberSsoConfig.count({
      where: { tenantId: input.tenantId, NOT: { clientSecretEnc: "" } },
    });
    return { ...row, hasClientSecret: withSecret > 0 };
  },
});
