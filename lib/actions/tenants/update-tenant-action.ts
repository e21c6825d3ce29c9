"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
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
    xmppDomain: f("xmppDomain") ?? "",
  });
  revalidatePath("/", "layout");
  return state;
}
