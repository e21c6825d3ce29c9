"use server";

import { revalidatePath } from "next/cache";
import { enqueueAuditExport } from "@/lib/audit/audit-jobs";
import { createAuditExport } from "@/lib/audit/export/create-audit-export";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { formFields } from "@/lib/validation/form-fields";
import { FILTER_FIELDS } from "./audit-filter-fields";

export async function createExportAction(_prev: ActionState, form: FormData) {
  const input = formFields(form, ["tenantId", "format", "from", "to", ...FILTER_FIELDS]);
  const state = await runAction(createAuditExport, input);
  // Handed to the workers only once the export is committed; a lost hand-off is requeued at the next start.
  if (state?.ok) await enqueueAuditExport(String(input.tenantId), state.value.exportId);
  revalidatePath(`/tenants/${String(input.tenantId)}/audit/exports`);
  return state;
}
