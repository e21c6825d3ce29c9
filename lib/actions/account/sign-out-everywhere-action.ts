"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { signOutEverywhere } from "@/lib/sessions/sign-out-everywhere";

export async function signOutEverywhereAction(_prev: ActionState) {
  const state = await runAction(signOutEverywhere, {});
  revalidatePath("/", "layout");
  return state;
}
