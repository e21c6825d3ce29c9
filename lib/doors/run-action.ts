import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { type AnyOperation, callWithRaw, zodFieldErrors } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";

export type ActionState<T = unknown> =
  { ok: true; value: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> } | null;

/**
 * The server-action door: runs an operation as the signed-in console user and
 * turns its failures into a form state (a message plus field errors) instead
 * of an exception, so the form can show them beside the fields.
 */
export async function runAction<T>(
  operation: AnyOperation<T>,
  // A form's fields: outside data, which the operation validates like any input.
  input: unknown,
): Promise<ActionState<T>> {
  const t = await getTranslations("errors");
  const current = await getCurrentUser();
  if (!current) return { ok: false, message: t("unauthenticated") };
  try {
    return { ok: true, value: await callWithRaw(operation, current.ctx, input) };
  } catch (err) {
    if (!(err instanceof OperationError)) throw err;
    const message =
      err.kind === "validation" ? t("validation") : err.kind === "forbidden" ? t("forbidden") : err.message;
    return { ok: false, message, fieldErrors: err.fieldErrors };
  }
}

/**
 * Checks a server action's own fields (which operation to run, JSON it carries)
 * with a zod schema before anything runs: a bad value is a field error for the
 * form, never a prototype lookup that "succeeds" or an exception (a 500).
 */
export async function parseActionForm<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; state: ActionState }> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const t = await getTranslations("errors");
  return { ok: false, state: { ok: false, message: t("validation"), fieldErrors: zodFieldErrors(parsed.error) } };
}
