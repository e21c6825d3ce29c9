"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { deleteTenant } from "@/lib/tenants/delete-tenant";

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
