import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { THEMES } from "./themes";
import { defineOperation } from "@/lib/operation/define-operation";

export const updateAccountSchema = z.object({
  name: z.string().trim().min(1, "enter your name").max(200, "at most 200 characters"),
  locale: z.enum(LOCALES, { message: "choose a language" }).nullable(),
  // Left out, the theme stays as it is; null follows the system's setting.
  theme: z.enum(THEMES, { message: "choose light, dark or the system's setting" }).nullable().optional(),
});

// Change the caller's display name, language and theme.
export const updateAccount = defineOperation({
  name: "account.update",
  kind: "write",
  permission: "signed_in",
  schema: updateAccountSchema,
  example: () => ({ name: "Renamed", locale: "en" }),
  api: { none: NO_DOOR.OWN_ACCOUNT },
  async run({ ctx, input, tx }) {
    const id = ctx.actor.type === "console_user" ? ctx.actor.id : "";
    const before = await tx.consoleUser.findUniqueOrThrow({
      where: { id },
      select: { name: true, locale: true, theme: true },
    });
    await tx.consoleUser.update({ where: { id }, data: input });
    return { result: input, audit: { target: { type: "console_user", id }, changes: { before, after: input } } };
  },
});
