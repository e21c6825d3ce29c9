"use server";

import { revalidatePath } from "next/cache";
import { blockGuest } from "@/lib/federation/block-guest";
import { unblockGuest } from "@/lib/federation/unblock-guest";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { formFields } from "@/lib/validation/form-fields";
import { formText } from "@/lib/validation/form-fields";

export async function setGuestBlockedAction(_prev: ActionState, form: FormData) {
  const tenantId = formText(form, "tenantId");
  const op = formText(form, "blocked") === "true" ? blockGuest : unblockGuest;
  const state = await runAction(op, formFields(form, ["tenantId", "guestId"]));
  revalidatePath(`/tenants/${tenantId}/federation/guests`);
  return state;
}
