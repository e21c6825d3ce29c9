"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { deleteTenant } from "@/lib/tenants/delete-tenant";
import { reactivateTenant } from "@/lib/tenants/reactivate-tenant";
import { suspendTenant } from "@/lib/tenants/suspend-tenant";
import { updateTenant } from "@/lib/tenants/update-tenant";

export async function updateTenantAction(_prev: ActionState, form: FormData) {
  const f = (k: string) => form.get(k)?.toString();
  const tenantId = f("tenantId");
  const state = await runAction(updateTenant, {
    tenantId,
    name: f("name"),
    plan: f("plan"),
    trialEndsAt: f("trialEndsAt") || null,
    region: f("region"),
  });
  revalidatePath("/", "layout");
  return state;
}

export async function tenantStatusAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const op = form.get("op") === "reactivate" ? reactivateTenant : suspendTenant;
  const state = await runAction(op, { tenantId });
  revalidatePath("/", "layout");
  return state;
}

export async function deleteTenantAction(_prev: ActionState, form: FormData) {
  const state = await runAction(deleteTenant, {
    tenantId: form.get("tenantId")?.toString(),
    confirmSlug: form.get("confirmSlug")?.toString(),
  });
  if (state?.ok) {
    revalidatePath("/", "layout");
    redirect("/tenants");
  }
  return state;
}
