"use server";

import { revalidatePath } from "next/cache";
import { confirmTotpEnrolment } from "@/lib/account/confirm-totp-enrolment";
import { type ActionState, runAction } from "@/lib/doors/run-action";

export async function confirmTotpAction(_prev: ActionState, form: FormData) {
  const state = await runAction(confirmTotpEnrolment, { code: form.get("code")?.toString() });
  revalidatePath("/", "layout");
  return state;
}
