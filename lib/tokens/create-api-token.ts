import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { TOKEN_SCOPES, type TenantPermission } from "@/lib/rbac/permissions";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { newApiToken } from "./token-format";

export const MAX_TOKEN_DAYS = 365;

export const createApiTokenSchema = tenantInput.extend({
  name: z.string().trim().min(1, "enter a name that says what uses the token").max(100, "at most 100 characters"),
  scopes: z
    .array(
      z.enum(TOKEN_SCOPES as [TenantPermission, ...TenantPermission[]], { message: "not a scope a token may carry" }),
    )
    .min(1, "choose at least one scope")
    .transform((s) => [...new Set(s)].sort()),
  expiresInDays: z.coerce
    .number({ message: "expected a number of days" })
    .int("expected a whole number of days")
    .min(1, "at least 1 day")
    .max(MAX_TOKEN_DAYS, `at most ${MAX_TOKEN_DAYS} days`),
});

// Create a machine token. The token is in the result once and is never stored.
export const createApiToken = defineOperation({
  name: "token.create",
  kind: "write",
  permission: "tokens.write",
  schema: createApiTokenSchema,
  example: (ids) => ({ tenantId: ids.tenantId, name: "probe", scopes: ["audit.read"], expiresInDays: 30 }),
  api: { none: NO_DOOR.NO_ESCALATION },
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const { token, prefix, hash } = newApiToken();
    const row = await tx.apiToken.create({
      data: {
        tenantId: input.tenantId,
        name: input.name,
        prefix,
        tokenHash: hash,
        scopes: input.scopes,
        expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
        createdById: ctx.actor.type === "console_user" ? ctx.actor.id : null,
      },
    });
    return {
      result: { id: row.id, prefix, token, expiresAt: row.expiresAt },
      audit: {
        target: { type: "api_token", id: row.id },
        changes: { after: { name: row.name, prefix, scopes: input.scopes, expiresAt: row.expiresAt.toISOString() } },
      },
    };
  },
});
