"use server";

import { revalidatePath } from "next/cache";
import { requestPartnership } from "@/lib/federation/request-partnership";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { formFields } from "@/lib/validation/form-fields";
import { formText } from "@/lib/validation/form-fields";

export async function requestPartnershipAction(_prev: ActionState, form: FormData) {
  const tenantId = formText(form, "tenantId");
  const state = await runAction(requestPartnership, formFields(form, ["tenantId", "partnerSlug"]));
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}
