"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deactivateConsoleUser } from "@/lib/console-users/deactivate-console-user";
import { grantRole } from "@/lib/console-users/grant-role";
import { resetConsoleUserMfa } from "@/lib/console-users/reset-console-user-mfa";
import { revokeConsoleUserSessions } from "@/lib/console-users/revoke-console-user-sessions";
import { revokeRole } from "@/lib/console-users/revoke-role";
import { type ActionState, parseActionForm, runAction } from "@/lib/doors/run-action";
import { formChoice } from "@/lib/validation/form-choice";
import { formText } from "@/lib/validation/form-fields";

const USER_ACTIONS = {
  grant: grantRole,
  revoke: revokeRole,
  deactivate: deactivateConsoleUser,
  resetMfa: resetConsoleUserMfa,
  endSessions: revokeConsoleUserSessions,
} as const;

const userActionForm = z.object({ op: formChoice(USER_ACTIONS, "choose one of the actions offered") });

export async function consoleUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = await parseActionForm(userActionForm, { op: formText(form, "op") });
  if (!parsed.ok) return parsed.state;
  const operation = USER_ACTIONS[parsed.data.op];
  const tenantId = formText(form, "tenantId");
  const state = await runAction<unknown>(operation, {
    tenantId,
    userId: formText(form, "userId"),
    role: formText(form, "role"),
  });
  revalidatePath(`/tenants/${tenantId}/console-users`);
  return state;
}
