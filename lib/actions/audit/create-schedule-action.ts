"use server";

import { revalidatePath } from "next/cache";
import { createExportSchedule } from "@/lib/audit/schedules/create-export-schedule";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { formFields } from "@/lib/validation/form-fields";
import { FILTER_FIELDS } from "./audit-filter-fields";

export async function createScheduleAction(_prev: ActionState, form: FormData) {
  const input = formFields(form, ["tenantId", "name", "format", "cadence", "target", "keepDays", ...FILTER_FIELDS]);
  const state = await runAction(createExportSchedule, input);
  revalidatePath(`/tenants/${String(input.tenantId)}/audit/exports`);
  return state;
}
