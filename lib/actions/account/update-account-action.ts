"use server";

import { revalidatePath } from "next/cache";
import { updateAccount } from "@/lib/account/update-account";
import { type ActionState, runAction } from "@/lib/doors/run-action";

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
