"use server";

import { revalidatePath } from "next/cache";
import { releaseLegalHold } from "@/lib/holds/release-legal-hold";
import { type ActionState, runAction } from "@/lib/doors/run-action";

export async function releaseHoldAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const state = await runAction(releaseLegalHold, {
    tenantId,
    holdId: form.get("holdId")?.toString(),
    // The button's confirmation dialog showed how many members the release shortens.
    confirmShortening: form.get("confirmShortening") === "on",
  });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}
