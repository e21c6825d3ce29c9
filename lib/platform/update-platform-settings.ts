import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";

export const updatePlatformSettingsSchema = z.object({ requireMfa: z.boolean({ message: "expected true or false" }) });

// Require TOTP of every console user in the deployment.
export const updatePlatformSettings = defineOperation({
  name: "platform.settings_update",
  kind: "write",
  permission: "platform.settings.write",
  schema: updatePlatformSettingsSchema,
  example: () => ({ requireMfa: true }),
  api: { none: NO_DOOR.PLATFORM },
  async run({ input, tx }) {
    const before = await tx.platformSetting.findUnique({ where: { id: 1 } });
    await tx.platformSetting.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    return {
      result: input,
      audit: {
        target: { type: "platform", id: "settings" },
        changes: { before: { requireMfa: before?.requireMfa ?? false }, after: input },
      },
    };
  },
});
