"use server";

import { redirect } from "next/navigation";
import { deleteGroup } from "@/lib/groups/delete-group";
import { type ActionState, runAction } from "@/lib/doors/run-action";

export async function deleteGroupAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const state = await runAction(deleteGroup, {
    tenantId,
    groupId: form.get("groupId")?.toString(),
    moveMembersTo: form.get("moveMembersTo")?.toString() || undefined,
  });
  if (state?.ok) redirect(`/tenants/${tenantId}/groups`);
  return state;
}
