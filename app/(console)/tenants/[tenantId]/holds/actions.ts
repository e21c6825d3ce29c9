"use server";

import { revalidatePath } from "next/cache";
import { createLegalHold } from "@/lib/holds/create-legal-hold";
import { releaseLegalHold } from "@/lib/holds/release-legal-hold";
import { type ActionState, runAction } from "@/lib/operation/run-action";

export async function createHoldAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const state = await runAction(createLegalHold, {
    tenantId,
    name: form.get("name")?.toString(),
    matter: form.get("matter")?.toString(),
    memberEmails: (form.get("memberEmails")?.toString() ?? "").split(/\s+/).filter(Boolean),
    groupIds: form.getAll("groupIds").map(String),
  });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}

export async function releaseHoldAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const state = await runAction(releaseLegalHold, { tenantId, holdId: form.get("holdId")?.toString() });
  revalidatePath(`/tenants/${tenantId}`, "layout");
  return state;
}
