import { NO_DOOR } from "@/lib/operation/door-reasons";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

// GET this network's machine tokens (never the tokens themselves).
export const listApiTokens = defineOperation({
  name: "token.list",
  kind: "read",
  permission: "tokens.read",
  schema: tenantInput,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { none: NO_DOOR.NO_ESCALATION },
  tenantOf: byTenant,
  async run({ input, db }) {
    const rows = await db.apiToken.findMany({
      where: { tenantId: input.tenantId },
      orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    });
    const now = new Date();
    return rows.map((r) => ({
      ...r,
      state: r.revokedAt ? ("revoked" as const) : r.expiresAt <= now ? ("expired" as const) : ("active" as const),
    }));
  },
});
