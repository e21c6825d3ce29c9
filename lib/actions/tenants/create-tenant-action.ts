"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { createTenant } from "@/lib/tenants/create-tenant";

export async function createTenantAction(_prev: ActionState, form: FormData) {
  const f = (k: string) => form.get(k)?.toString();
  const state = await runAction(createTenant, {
    name: f("name"),
    slug: f("slug"),
    plan: f("plan"),
    trialEndsAt: f("trialEndsAt") || null,
    region: f("region"),
    xmppDomain: f("xmppDomain") ?? "",
  });
  revalidatePath("/", "layout");
  return state;
}
