"use server";

import { revalidatePath } from "next/cache";
import { createLegalHold } from "@/lib/holds/create-legal-hold";
import { previewLegalHold } from "@/lib/holds/preview-legal-hold";
import { type ActionState, runAction } from "@/lib/doors/run-action";

// First the preview (who the hold would cover, nothing saved), then, on the next submit, the hold.
export async function createHoldAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const input = {
    tenantId,
    name: form.get("name")?.toString(),
    matter: form.get("matter")?.toString(),
    memberEmails: (form.get("memberEmails")?.toString() ?? "").split(/\s+/).filter(Boolean),
    groupIds: form.getAll("groupIds").map(String),
    // Dates from the form are days, in UTC (the form says so).
    startsAt: form.get("startsAt")?.toString() || undefined,
    endsAt: form.get("endsAt")?.toString() || undefined,
  };
  if (form.get("step") !== "place") {
    const state = await runAction(previewLegalHold, input);
    return state?.ok ? { ok: true as const, value: { preview: state.value } } : state;
  }
  const state = await runAction(createLegalHold, input);
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}
