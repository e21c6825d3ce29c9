"use server";

import { revalidatePath } from "next/cache";
import { enqueueAuditExport } from "@/lib/audit/audit-jobs";
import { createAuditExport } from "@/lib/audit/export/create-audit-export";
import { verifyStoredExport } from "@/lib/audit/export/verify-stored-export";
import { createExportSchedule } from "@/lib/audit/schedules/create-export-schedule";
import { deleteExportSchedule } from "@/lib/audit/schedules/delete-export-schedule";
import { verifyTenantAuditChain } from "@/lib/audit/verify-tenant-audit-chain";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { formFields } from "@/lib/validation/form-fields";

const FILTER_FIELDS = ["actor", "action", "targetType", "targetId", "outcome", "q"] as const;

export async function verifyChainAction(_prev: ActionState, form: FormData) {
  const state = await runAction(verifyTenantAuditChain, { tenantId: form.get("tenantId")?.toString() });
  // bigint does not cross the server-action boundary as JSON: send strings.
  if (!state?.ok) return state;
  const { chain, digests } = state.value;
  return {
    ok: true as const,
    value: {
      chain: chain.ok
        ? { ok: true, events: chain.events, head: chain.headSeq.toString() }
        : { ok: false, events: chain.events, seq: chain.firstBadSeq.toString(), reason: chain.reason },
      digests: digests.ok
        ? { ok: true, count: digests.digests, warnings: digests.warnings }
        : {
            ok: false,
            count: digests.digests,
            seq: digests.firstBadSeq.toString(),
            reason: digests.reason,
            more: digests.reasons.slice(1),
            warnings: digests.warnings,
          },
    },
  };
}

export async function createExportAction(_prev: ActionState, form: FormData) {
  const input = formFields(form, ["tenantId", "format", "from", "to", ...FILTER_FIELDS]);
  const state = await runAction(createAuditExport, input);
  // Handed to the workers only once the export is committed; a lost hand-off is requeued at the next start.
  if (state?.ok) await enqueueAuditExport(String(input.tenantId), state.value.exportId);
  revalidatePath(`/tenants/${String(input.tenantId)}/audit/exports`);
  return state;
}

export async function verifyExportAction(_prev: ActionState, form: FormData) {
  return runAction(verifyStoredExport, formFields(form, ["tenantId", "exportId"]));
}

export async function createScheduleAction(_prev: ActionState, form: FormData) {
  const input = formFields(form, ["tenantId", "name", "format", "cadence", "target", "keepDays", ...FILTER_FIELDS]);
  const state = await runAction(createExportSchedule, input);
  revalidatePath(`/tenants/${String(input.tenantId)}/audit/exports`);
  return state;
}

export async function deleteScheduleAction(_prev: ActionState, form: FormData) {
  const input = formFields(form, ["tenantId", "scheduleId"]);
  const state = await runAction(deleteExportSchedule, input);
  revalidatePath(`/tenants/${String(input.tenantId)}/audit/exports`);
  return state;
}
