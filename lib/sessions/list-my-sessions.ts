import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";

// GET the caller's own sessions: where they are signed in, and from what.
export const listMySessions = defineOperation({
  name: "session.list",
  kind: "read",
  permission: "signed_in",
  schema: z.object({}),
  example: () => ({}),
  api: { none: NO_DOOR.OWN_ACCOUNT },
  async run({ ctx, db }) {
    if (ctx.actor.type !== "console_user") return [];
    const current = ctx.actor.sessionId;
    const rows = await db.consoleSession.findMany({
      where: { userId: ctx.actor.id, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { lastSeenAt: "desc" },
      take: 100,
    });
    return rows.map((s) => ({ ...s, current: s.id === current }));
  },
});
