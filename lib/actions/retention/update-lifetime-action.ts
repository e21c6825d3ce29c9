"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { updateLifetimeDefaults } from "@/lib/retention/update-lifetime-defaults";
import { formText } from "@/lib/validation/form-fields";

export async function updateLifetimeAction(_prev: ActionState, form: FormData) {
  const tenantId = formText(form, "tenantId");
  const state = await runAction(updateLifetimeDefaults, {
    tenantId,
    expirationMaxMinutes: formText(form, "expirationMaxMinutes"),
    burnOnReadMaxMinutes: formText(form, "burnOnReadMaxMinutes"),
    confirmShortening: form.get("confirmShortening") === "on",
  });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}
