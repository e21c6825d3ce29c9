import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";

// End one of the caller's own sessions (a browser they left signed in).
export const revokeMySession = defineOperation({
  name: "session.revoke",
  kind: "write",
  permission: "signed_in",
  schema: z.object({ sessionId: z.uuid({ message: "expected a session id" }) }),
  example: (ids) => ({ sessionId: ids.sessionId }),
  api: { none: NO_DOOR.OWN_ACCOUNT },
  async run({ ctx, input, tx }) {
    const userId = ctx.actor.type === "console_user" ? ctx.actor.id : "";
    const ended = await tx.consoleSession.updateMany({
      where: { id: input.sessionId, userId, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: "revoked by its owner" },
    });
    if (ended.count === 0) throw notFound("The session");
    return { result: { revoked: true }, audit: { target: { type: "session", id: input.sessionId } } };
  },
});
