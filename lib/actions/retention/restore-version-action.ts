"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { restorePolicyVersion } from "@/lib/retention/restore-policy-version";
import { formText } from "@/lib/validation/form-fields";

export async function restoreVersionAction(_prev: ActionState, form: FormData) {
  const tenantId = formText(form, "tenantId");
  const state = await runAction(restorePolicyVersion, {
    tenantId,
    version: formText(form, "version"),
    confirmShortening: form.get("confirmShortening") === "on",
  });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}
