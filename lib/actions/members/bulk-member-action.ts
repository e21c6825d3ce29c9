"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { moveMembers } from "@/lib/groups/move-members";
import { deactivateMembers } from "@/lib/members/deactivate-members";
import { deleteMembers } from "@/lib/members/delete-members";
import { reactivateMembers } from "@/lib/members/reactivate-members";
import { reinviteMembers } from "@/lib/members/reinvite-members";
import { resetMemberDevices } from "@/lib/members/reset-member-devices";
import { suspendMembers } from "@/lib/members/suspend-members";
import { type ActionState, parseActionForm, runAction } from "@/lib/doors/run-action";
import { formChoice, jsonFormField } from "@/lib/validation/form-choice";
import { formFields } from "@/lib/validation/form-fields";

const BULK = {
  suspend: suspendMembers,
  reactivate: reactivateMembers,
  resetDevices: resetMemberDevices,
  deactivate: deactivateMembers,
  reinvite: reinviteMembers,
  delete: deleteMembers,
} as const;

const bulkForm = z.object({
  tenantId: z.string().optional(),
  action: formChoice({ ...BULK, move: moveMembers }, "choose one of the actions offered"),
  filter: jsonFormField("the filter is not valid JSON").optional(),
  memberIds: z.array(z.string()),
  groupId: z.string().optional(),
});

export type BulkAction = z.infer<typeof bulkForm>["action"];

/** Runs a member action on the picked members, or on all matching the filter (sent as JSON). */
export async function bulkMemberAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = await parseActionForm(bulkForm, {
    ...formFields(form, ["tenantId", "action", "filter", "groupId"]),
    memberIds: form.getAll("memberIds").map(String),
  });
  if (!parsed.ok) return parsed.state;
  const { tenantId, action, filter, memberIds, groupId } = parsed.data;
  const state =
    action === "move"
      ? await runAction(moveMembers, { tenantId, groupId, memberIds })
      : await runAction(BULK[action], { tenantId, ...(filter !== undefined ? { filter } : { memberIds }) });
  revalidatePath(`/tenants/${tenantId}/members`);
  return state;
}
