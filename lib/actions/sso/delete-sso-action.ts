"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { deleteSsoConnection } from "@/lib/sso/delete-sso-connection";

export async function deleteSsoAction(_prev: ActionState, form: FormData) {
  const state = await runAction(deleteSsoConnection, { connectionId: form.get("connectionId")?.toString() });
  revalidatePath("/platform/sso");
  return state;
}
