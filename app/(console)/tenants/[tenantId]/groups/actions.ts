"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createGroup } from "@/lib/groups/create-group";
import { deleteGroup } from "@/lib/groups/delete-group";
import { groupSettingsFromForm } from "@/lib/groups/group-settings-from-form";
import { moveMembers } from "@/lib/groups/move-members";
import { updateGroup } from "@/lib/groups/update-group";
import { type ActionState, runAction } from "@/lib/doors/run-action";

export async function createGroupAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const state = await runAction(createGroup, { tenantId, name: form.get("name")?.toString() });
  if (state?.ok) redirect(`/tenants/${tenantId}/groups/${(state.value as { id: string }).id}`);
  return state;
}

export async function updateGroupAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const groupId = form.get("groupId")?.toString();
  const state = await runAction(updateGroup, {
    tenantId,
    groupId,
    name: form.get("name")?.toString(),
    expectedVersion: form.get("expectedVersion")?.toString(),
    settings: groupSettingsFromForm(form),
    confirmShortening: form.get("confirmShortening") === "on",
  });
  revalidatePath(`/tenants/${tenantId}/groups`, "layout");
  return state;
}

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
