"use server";

import { revalidatePath } from "next/cache";
import { inviteConsoleUser } from "@/lib/console-users/invite-console-user";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { formText } from "@/lib/validation/form-fields";

export async function inviteAction(_prev: ActionState, form: FormData) {
  const tenantId = formText(form, "tenantId");
  const state = await runAction(inviteConsoleUser, {
    tenantId,
    email: formText(form, "email"),
    name: formText(form, "name"),
    role: formText(form, "role"),
  });
  revalidatePath(`/tenants/${tenantId}/console-users`);
  return state;
}
