import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

export const revokeApiTokenSchema = tenantInput.extend({ tokenId: z.uuid({ message: "expected a token id" }) });

// Revoke a machine token; its next request is refused.
export const revokeApiToken = defineOperation({
  name: "token.revoke",
  kind: "write",
  permission: "tokens.write",
  schema: revokeApiTokenSchema,
  example: (ids) => ({ tenantId: ids.tenantId, tokenId: ids.tokenId }),
  api: { none: NO_DOOR.NO_ESCALATION },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const key = { tenantId_id: { tenantId: input.tenantId, id: input.tokenId } };
    const token = await tx.apiToken.findUnique({ where: key });
    if (!token) throw notFound("The token");
    if (token.revokedAt) throw new OperationError("conflict", "The token is already revoked.");
    await tx.apiToken.update({ where: key, data: { revokedAt: new Date() } });
    return {
      result: { revoked: true },
      audit: {
        target: { type: "api_token", id: token.id },
        changes: { before: { name: token.name, prefix: token.prefix }, after: { revoked: true } },
      },
    };
  },
});
