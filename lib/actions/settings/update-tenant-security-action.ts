"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { updateTenantSecurity } from "@/lib/tenants/update-tenant-security";

export async function updateTenantSecurityAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const state = await runAction(updateTenantSecurity, { tenantId, requireMfa: form.get("requireMfa") === "on" });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}
