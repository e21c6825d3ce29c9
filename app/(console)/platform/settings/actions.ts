"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { updatePlatformSettings } from "@/lib/platform/update-platform-settings";
import { rotateSigningKey } from "@/lib/signing/rotate-signing-key";

export async function updatePlatformSettingsAction(_prev: ActionState, form: FormData) {
  const state = await runAction(updatePlatformSettings, { requireMfa: form.get("requireMfa") === "on" });
  revalidatePath("/", "layout");
  return state;
}

export async function rotateSigningKeyAction() {
  const state = await runAction(rotateSigningKey, {});
  revalidatePath("/platform/settings");
  return state;
}
