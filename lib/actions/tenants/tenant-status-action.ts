"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { reactivateTenant } from "@/lib/tenants/reactivate-tenant";
import { suspendTenant } from "@/lib/tenants/suspend-tenant";

export async function tenantStatusAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const op = form.get("op") === "reactivate" ? reactivateTenant : suspendTenant;
  const state = await runAction(op, { tenantId });
  revalidatePath("/", "layout");
  return state;
}
