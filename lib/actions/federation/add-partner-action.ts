"use server";

import { revalidatePath } from "next/cache";
import { addPartner } from "@/lib/federation/add-partner";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { formFields } from "@/lib/validation/form-fields";
import { formText } from "@/lib/validation/form-fields";

export async function addPartnerAction(_prev: ActionState, form: FormData) {
  const tenantId = formText(form, "tenantId");
  const state = await runAction(
    addPartner,
    formFields(form, [
      "tenantId",
      "relation",
      "externalKey",
      "partnerSlug",
      "displayName",
      "fingerprint",
      "region",
      "agreedBy",
      "agreedAt",
      "agreementRef",
    ]),
  );
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}
