"use server";

import { revalidatePath } from "next/cache";
import { type ActionState, runAction } from "@/lib/doors/run-action";
import { enqueueRetentionRun } from "@/lib/retention/enforcement/retention-jobs";
import { startRetentionRun } from "@/lib/retention/enforcement/start-retention-run";
import { formText } from "@/lib/validation/form-fields";

export async function startRetentionRunAction(_prev: ActionState, form: FormData) {
  const tenantId = formText(form, "tenantId");
  const state = await runAction(startRetentionRun, { tenantId });
  // Handed to the workers only once the run is committed; a lost hand-off is requeued at the next start.
  if (state?.ok) await enqueueRetentionRun(tenantId!, (state.value as { runId: string }).runId);
  revalidatePath(`/tenants/${tenantId}/retention`);
  return state;
}
