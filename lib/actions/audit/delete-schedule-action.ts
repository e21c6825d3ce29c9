"use server";

import { revalidatePath } from "next/cache";
import { deleteExportSchedule } from "@/lib/audit/schedules/delete-export-schedule";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { formFields } from "@/lib/validation/form-fields";

export async function deleteScheduleAction(_prev: ActionState, form: FormData) {
  const input = formFields(form, ["tenantId", "scheduleId"]);
  const state = await runAction(deleteExportSchedule, input);
  revalidatePath(`/tenants/${String(input.tenantId)}/audit/exports`);
  return state;
}
