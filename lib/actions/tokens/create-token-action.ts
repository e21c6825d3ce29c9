"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { createApiToken } from "@/lib/tokens/create-api-token";

export async function createTokenAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const state = await runAction(createApiToken, {
    tenantId,
    name: form.get("name")?.toString(),
    scopes: form.getAll("scopes").map(String),
    expiresInDays: form.get("expiresInDays")?.toString(),
  });
  revalidatePath(`/tenants/${tenantId}/tokens`);
  return state;
}
