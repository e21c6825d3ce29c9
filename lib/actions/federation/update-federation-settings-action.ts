"use server";

import { revalidatePath } from "next/cache";
import { updateFederationSettings } from "@/lib/federation/update-federation-settings";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { formFields } from "@/lib/validation/form-fields";
import { formText } from "@/lib/validation/form-fields";

export async function updateFederationSettingsAction(_prev: ActionState, form: FormData) {
  const tenantId = formText(form, "tenantId");
  const state = await runAction(updateFederationSettings, formFields(form, ["tenantId", "mode", "guestLapseDays"]));
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}
