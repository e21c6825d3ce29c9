"use server";

import { revalidatePath } from "next/cache";
import { deactivateConsoleUser } from "@/lib/console-users/deactivate-console-user";
import { grantRole } from "@/lib/console-users/grant-role";
import { inviteConsoleUser } from "@/lib/console-users/invite-console-user";
import { resetConsoleUserMfa } from "@/lib/console-users/reset-console-user-mfa";
import { revokeConsoleUserSessions } from "@/lib/console-users/revoke-console-user-sessions";
import { revokeRole } from "@/lib/console-users/revoke-role";
import { type ActionState, runAction } from "@/lib/operation/run-action";
import type { Ctx } from "@/lib/rbac/actor";

const field = (form: FormData, name: string) => form.get(name)?.toString();

export async function inviteAction(_prev: ActionState, form: FormData) {
  const tenantId = field(form, "tenantId");
  const state = await runAction(inviteConsoleUser, {
    tenantId,
    email: field(form, "email"),
    name: field(form, "name"),
    role: field(form, "role"),
  });
  revalidatePath(`/tenants/${tenantId}/console-users`);
  return state;
}

const USER_ACTIONS = {
  grant: grantRole,
  revoke: revokeRole,
  deactivate: deactivateConsoleUser,
  resetMfa: resetConsoleUserMfa,
  endSessions: revokeConsoleUserSessions,
} as const;

export async function consoleUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const op = field(form, "op") as keyof typeof USER_ACTIONS;
  const operation: ((ctx: Ctx, raw: unknown) => Promise<unknown>) | undefined = USER_ACTIONS[op];
  if (!operation) return { ok: false, message: "Unknown action.", fieldErrors: { op: ["unknown action"] } };
  const tenantId = field(form, "tenantId");
  const state = await runAction(operation, { tenantId, userId: field(form, "userId"), role: field(form, "role") });
  revalidatePath(`/tenants/${tenantId}/console-users`);
  return state;
}
