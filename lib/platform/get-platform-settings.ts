import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";

// GET the deployment-wide settings.
export const getPlatformSettings = defineOperation({
  name: "platform.settings_update",
  kind: "read",
  permission: "platform.settings.write",
  schema: z.object({}),
  example: () => ({}),
  api: { none: NO_DOOR.PLATFORM },
  run: async ({ db }) =>
    (await db.platformSetting.findUnique({ where: { id: 1 } })) ?? { id: 1, requireMfa: false, updatedAt: null },
});
