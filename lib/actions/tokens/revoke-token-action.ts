"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

export async function revokeTokenAction(_prev: ActionState, form: FormData) {
  const tenantId = form.get("tenantId")?.toString();
  const state = await runAction(revokeApiToken, { tenantId, tokenId: form.get("tokenId")?.toString() });
  revalidatePath(`/tenants/${tenantId}/tokens`);
  return state;
}
