"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { formFields } from "@/lib/validation/form-fields";
import { updateMetadataRetention } from "@/lib/retention/update-metadata-retention";
import { formText } from "@/lib/validation/form-fields";

export async function updateMetadataRetentionAction(_prev: ActionState, form: FormData) {
  const tenantId = formText(form, "tenantId");
  const state = await runAction(updateMetadataRetention, {
    ...formFields(form, ["tenantId", "deactivatedMemberDays", "staleDeviceDays", "auditRetentionDays"]),
    confirmPurge: form.get("confirmPurge") === "on",
  });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}
