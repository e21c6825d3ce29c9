"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { updateComplianceRetention } from "@/lib/retention/update-compliance-retention";
import { formText } from "@/lib/validation/form-fields";

export async function updateComplianceAction(_prev: ActionState, form: FormData) {
  const tenantId = formText(form, "tenantId");
  const state = await runAction(updateComplianceRetention, {
    tenantId,
    preset: formText(form, "preset"),
    days: formText(form, "days") || undefined,
  });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}
