"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/operation/run-action";
import { restorePolicyVersion } from "@/lib/retention/policy-versions";
import { setMemberException } from "@/lib/retention/set-member-exception";
import { updateComplianceRetention, updateLifetimeDefaults } from "@/lib/retention/update-retention-policy";

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
    tenantId,
    memberId: f(form, "memberId"),
    expirationMaxMinutes: f(form, "expirationMaxMinutes"),
    burnOnReadMaxMinutes: f(form, "burnOnReadMaxMinutes"),
    reason: f(form, "reason"),
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
