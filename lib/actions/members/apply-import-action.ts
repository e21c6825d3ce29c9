"use server";

import { revalidatePath } from "next/cache";
import { applyMemberImport } from "@/lib/members/import/apply-member-import";
import { runMemberImport } from "@/lib/members/import/run-member-import";
import { type ActionState, runAction } from "@/lib/doors/run-action";

export async function applyImportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const tenantId = form.get("tenantId")?.toString() ?? "";
  const importId = form.get("importId")?.toString() ?? "";
  const state = await runAction(applyMemberImport, { tenantId, importId });
  // The work runs after the response, in this server process; a restart resumes it.
  if (state?.ok) void runMemberImport(tenantId, importId).catch(() => {});
  revalidatePath(`/tenants/${tenantId}/members/import`);
  return state;
}
