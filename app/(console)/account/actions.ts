"use server";

import { revalidatePath } from "next/cache";
import { beginTotpEnrolment } from "@/lib/account/begin-totp-enrolment";
import { confirmTotpEnrolment } from "@/lib/account/confirm-totp-enrolment";
import { updateAccount } from "@/lib/account/update-account";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { revokeMySession } from "@/lib/sessions/revoke-my-session";
import { signOutEverywhere } from "@/lib/sessions/sign-out-everywhere";

export async function updateAccountAction(_prev: ActionState, form: FormData) {
  const locale = form.get("locale")?.toString();
  const theme = form.get("theme")?.toString();
  const state = await runAction(updateAccount, {
    name: form.get("name")?.toString(),
    locale: locale ? locale : null,
    theme: theme ? theme : null,
  });
  revalidatePath("/", "layout");
  return state;
}

export async function beginTotpAction(_prev: ActionState) {
  return runAction(beginTotpEnrolment, {});
}

export async function confirmTotpAction(_prev: ActionState, form: FormData) {
  const state = await runAction(confirmTotpEnrolment, { code: form.get("code")?.toString() });
  revalidatePath("/", "layout");
  return state;
}

export async function revokeSessionAction(_prev: ActionState, form: FormData) {
  const state = await runAction(revokeMySession, { sessionId: form.get("sessionId")?.toString() });
  revalidatePath("/account");
  return state;
}

export async function signOutEverywhereAction(_prev: ActionState) {
  const state = await runAction(signOutEverywhere, {});
  revalidatePath("/", "layout");
  return state;
}
