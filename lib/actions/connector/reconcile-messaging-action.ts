"use server";

import { revalidatePath } from "next/cache";
import { reconcileMessaging } from "@/lib/connector/reconcile-messaging";
import { type ActionState, runAction } from "@/lib/doors/run-action";

export async function reconcileMessagingAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const state = await runAction(reconcileMessaging, { tenantId });
  revalidatePath(`/tenants/${tenantId}/messaging`);
  return state;
}
