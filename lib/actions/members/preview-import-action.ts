"use server";

import { redirect } from "next/navigation";
import { MAX_IMPORT_BYTES, previewMemberImport } from "@/lib/members/import/preview-member-import";
import { type ActionState, runAction } from "@/lib/doors/run-action";

export async function previewImportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const tenantId = form.get("tenantId")?.toString();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    return { ok: false, message: "Choose a CSV file.", fieldErrors: { csv: ["choose a CSV file"] } };
  // Refused before its text is decoded: the operation would refuse it too, after holding it twice in memory.
  if (file.size > MAX_IMPORT_BYTES)
    return { ok: false, message: "The file is too large.", fieldErrors: { csv: ["the file is larger than 40 MB"] } };
  const state = await runAction(previewMemberImport, { tenantId, fileName: file.name, csv: await file.text() });
  if (state?.ok) redirect(`/tenants/${tenantId}/members/import?import=${(state.value as { id: string }).id}`);
  return state;
}
