"use server";

import { revalidatePath } from "next/cache";
import { groupSettingsFromForm } from "@/lib/groups/group-settings-from-form";
import { updateGroup } from "@/lib/groups/update-group";
import { type ActionState, runAction } from "@/lib/doors/run-action";

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
