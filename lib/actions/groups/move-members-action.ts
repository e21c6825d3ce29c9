"use server";

import { revalidatePath } from "next/cache";
import { moveMembers } from "@/lib/groups/move-members";
import { type ActionState, runAction } from "@/lib/doors/run-action";

export async function moveMembersAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const state = await runAction(moveMembers, {
    tenantId,
    groupId: form.get("groupId")?.toString(),
    memberIds: form.getAll("memberIds").map(String),
  });
  revalidatePath(`/tenants/${tenantId}/groups`, "layout");
  return state;
}
