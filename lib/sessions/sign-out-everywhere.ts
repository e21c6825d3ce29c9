import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";

// End every session of the caller, this one included.
export const signOutEverywhere = defineOperation({
  name: "session.revoke_all",
  kind: "write",
  permission: "signed_in",
  schema: z.object({}),
  example: () => ({}),
  api: { none: NO_DOOR.OWN_ACCOUNT },
  async run({ ctx, tx }) {
    const userId = ctx.actor.type === "console_user" ? ctx.actor.id : "";
    const ended = await tx.consoleSession.updateMany({
      where: { userId, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: "signed out everywhere" },
    });
    return {
      result: { sessionsEnded: ended.count },
      audit: { target: { type: "console_user", id: userId }, changes: { after: { sessionsEnded: ended.count } } },
    };
  },
});
