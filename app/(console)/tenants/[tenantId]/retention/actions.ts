"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { formFields } from "@/lib/validation/form-fields";
import { enqueueRetentionRun } from "@/lib/retention/enforcement/retention-jobs";
import { startRetentionRun } from "@/lib/retention/enforcement/start-retention-run";
import { restorePolicyVersion } from "@/lib/retention/restore-policy-version";
import { updateMetadataRetention } from "@/lib/retention/update-metadata-retention";
import { setMemberException } from "@/lib/retention/set-member-exception";
import { updateComplianceRetention } from "@/lib/retention/update-compliance-retention";
import { updateLifetimeDefaults } from "@/lib/retention/update-lifetime-defaults";

const f = (form: FormData, k: string) => form.get(k)?.toString();

export async function updateLifetimeAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const state = await runAction(updateLifetimeDefaults, {
    tenantId,
    expirationMaxMinutes: f(form, "expirationMaxMinutes"),
    burnOnReadMaxMinutes: f(form, "burnOnReadMaxMinutes"),
    confirmShortening: form.get("confirmShortening") === "on",
  });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

export async function updateComplianceAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const state = await runAction(updateComplianceRetention, {
    tenantId,
    preset: f(form, "preset"),
    days: f(form, "days") || undefined,
  });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

export async function setExceptionAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const state = await runAction(setMemberException, {
    ...formFields(form, ["tenantId", "memberId", "expirationMaxMinutes", "burnOnReadMaxMinutes", "reason"]),
    confirmShortening: form.get("confirmShortening") === "on",
  });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

export async function restoreVersionAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const state = await runAction(restorePolicyVersion, {
    tenantId,
    version: f(form, "version"),
    confirmShortening: form.get("confirmShortening") === "on",
  });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

export async function updateMetadataRetentionAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const state = await runAction(updateMetadataRetention, {
    ...formFields(form, ["tenantId", "deactivatedMemberDays", "staleDeviceDays", "auditRetentionDays"]),
    confirmPurge: form.get("confirmPurge") === "on",
  });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

export async function startRetentionRunAction(_prev: ActionState, form: FormData) {
  const tenantId = f(form, "tenantId");
  const state = await runAction(startRetentionRun, { tenantId });
  // Handed to the workers only once the run is committed; a lost hand-off is requeued at the next start.
  if (state?.ok) await enqueueRetentionRun(tenantId!, (state.value as { runId: string }).runId);
  revalidatePath(`/tenants/${tenantId}/retention`);
  return state;
}
