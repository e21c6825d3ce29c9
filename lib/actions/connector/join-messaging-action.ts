"use server";

import { readRequestMeta } from "@/lib/auth/read-request-meta";
import { joinMessaging } from "@/lib/connector/join-messaging";
import { OperationError } from "@/lib/operation/operation-error";
import { type ActionState } from "@/lib/doors/run-action";

export async function joinMessagingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const value = await joinMessaging(
      {
        token: form.get("token")?.toString(),
        password: form.get("password")?.toString(),
        confirm: form.get("confirm")?.toString(),
      },
      await readRequestMeta(),
    );
    return { ok: true, value };
  } catch (err) {
    if (err instanceof OperationError) return { ok: false, message: err.message, fieldErrors: err.fieldErrors };
    throw err;
  }
}
