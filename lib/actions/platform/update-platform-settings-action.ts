"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { updatePlatformSettings } from "@/lib/platform/update-platform-settings";

export async function updatePlatformSettingsAction(_prev: ActionState, form: FormData) {
  const state = await runAction(updatePlatformSettings, { requireMfa: form.get("requireMfa") === "on" });
  revalidatePath("/", "layout");
  return state;
}
