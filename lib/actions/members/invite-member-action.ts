"use server";

import { revalidatePath } from "next/cache";
import { inviteMember } from "@/lib/members/invite-member";
import { type ActionState, runAction } from "@/lib/doors/run-action";

export async function inviteMemberAction(_prev: ActionState, form: FormData) {
  const f = (k: string) => form.get(k)?.toString();
  const tenantId = f("tenantId");
  const state = await runAction(inviteMember, {
    tenantId,
    email: f("email"),
    firstName: f("firstName"),
    lastName: f("lastName"),
    groupId: f("groupId") || undefined,
  });
  revalidatePath(`/tenants/${tenantId}/members`);
  return state;
}
