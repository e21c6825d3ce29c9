"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { formFields } from "@/lib/validation/form-fields";
import { setMemberException } from "@/lib/retention/set-member-exception";
import { formText } from "@/lib/validation/form-fields";

export async function setExceptionAction(_prev: ActionState, form: FormData) {
  const tenantId = formText(form, "tenantId");
  const state = await runAction(setMemberException, {
    ...formFields(form, ["tenantId", "memberId", "expirationMaxMinutes", "burnOnReadMaxMinutes", "reason"]),
    confirmShortening: form.get("confirmShortening") === "on",
  });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}
