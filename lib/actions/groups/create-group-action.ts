"use server";

import { redirect } from "next/navigation";
import { createGroup } from "@/lib/groups/create-group";
import { type ActionState, runAction } from "@/lib/doors/run-action";

export async function createGroupAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const state = await runAction(createGroup, { tenantId, name: form.get("name")?.toString() });
  if (state?.ok) redirect(`/tenants/${tenantId}/groups/${(state.value as { id: string }).id}`);
  return state;
}
