"use server";

import { revalidatePath } from "next/cache";
import { moveMembers } from "@/lib/groups/move-members";
import {
  deactivateMembers,
  deleteMembers,
  reactivateMembers,
  reinviteMembers,
  resetMemberDevices,
  suspendMembers,
} from "@/lib/members/member-actions";
import { inviteMember } from "@/lib/members/invite-member";
import { type ActionState, runAction } from "@/lib/operation/run-action";
import type { Ctx } from "@/lib/rbac/actor";

const BULK = {
  suspend: suspendMembers,
  reactivate: reactivateMembers,
  resetDevices: resetMemberDevices,
  deactivate: deactivateMembers,
  reinvite: reinviteMembers,
  delete: deleteMembers,
} as const;

export type BulkAction = keyof typeof BULK | "move";

/** Runs a member action on the picked members, or on all matching the filter (sent as JSON). */
export async function bulkMemberAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const tenantId = form.get("tenantId")?.toString();
  const action = form.get("action")?.toString() as BulkAction;
  const filter = form.get("filter")?.toString();
  const target = filter
    ? { filter: JSON.parse(filter) as unknown }
    : { memberIds: form.getAll("memberIds").map(String) };
  let state: ActionState;
  if (action === "move") {
    state = await runAction(moveMembers, {
      tenantId,
      groupId: form.get("groupId")?.toString(),
      memberIds: form.getAll("memberIds").map(String),
    });
  } else {
    const operation: ((ctx: Ctx, raw: unknown) => Promise<unknown>) | undefined = BULK[action];
    if (!operation) return { ok: false, message: "Unknown action.", fieldErrors: { action: ["unknown action"] } };
    state = await runAction(operation, { tenantId, ...target });
  }
  revalidatePath(`/tenants/${tenantId}/members`);
  return state;
}

export async function inviteMemberAction(_prev: ActionState, form: FormData) {
  const f = (k: string) => form.get(k)?.toString();
  const tenantId = f("tenantId");
  const state = await runAction(inviteMember, {
    tenantId,
    email: f("email"),
    firstName: f("firstName"),
    lastName: f("lastName"),
    groupId: f("groupId") || undefined,
  });
  revalidatePath(`/tenants/${tenantId}/members`);
  return state;
}
