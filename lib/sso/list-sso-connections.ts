import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";

// GET the OIDC connections console users sign in with (client secrets never leave the database).
export const listSsoConnections = defineOperation({
  name: "sso.list",
  kind: "read",
  permission: "platform.sso.read",
  schema: z.object({}),
  example: () => ({}),
  api: { none: NO_DOOR.PLATFORM },
  run: ({ db }) => db.ssoConnection.findMany({ orderBy: { name: "asc" } }),
});
