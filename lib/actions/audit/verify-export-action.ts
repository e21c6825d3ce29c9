"use server";

import { verifyStoredExport } from "@/lib/audit/export/verify-stored-export";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { formFields } from "@/lib/validation/form-fields";

export async function verifyExportAction(_prev: ActionState, form: FormData) {
  return runAction(verifyStoredExport, formFields(form, ["tenantId", "exportId"]));
}
