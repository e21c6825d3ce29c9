import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";

// Remove an OIDC provider. Accounts created through it stay; their links go.
export const deleteSsoConnection = defineOperation({
  name: "sso.delete",
  kind: "write",
  permission: "platform.sso.write",
  schema: z.object({ connectionId: z.uuid({ message: "expected a connection id" }) }),
  example: (ids) => ({ connectionId: ids.connectionId }),
  api: { none: NO_DOOR.PLATFORM },
  async run({ input, tx }) {
    const row = await tx.ssoConnection.findUnique({ where: { id: input.connectionId } });
    if (!row) throw notFound("The SSO connection");
    await tx.ssoConnection.delete({ where: { id: row.id } });
    return {
      result: { deleted: true },
      audit: {
        target: { type: "sso_connection", id: row.id },
        changes: { before: { name: row.name, slug: row.slug, issuer: row.issuer } },
      },
    };
  },
});
