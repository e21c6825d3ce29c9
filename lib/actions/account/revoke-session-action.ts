"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { revokeMySession } from "@/lib/sessions/revoke-my-session";

export async function revokeSessionAction(_prev: ActionState, form: FormData) {
  const state = await runAction(revokeMySession, { sessionId: form.get("sessionId")?.toString() });
  revalidatePath("/account");
  return state;
}
