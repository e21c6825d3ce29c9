import type { ActionState } from "@/lib/operation/run-action";

/** The outcome line under a form: the error, or a success message. */
export function FormMessage({ state, success }: { state: ActionState; success?: string }) {
  if (!state) return null;
  if (state.ok)
    return success ? (
      <p role="status" className="text-sm text-emerald-700">
        {success}
      </p>
    ) : null;
  return (
    <p role="alert" className="text-sm text-red-700">
      {state.message}
    </p>
  );
}

/** The first error for a field, from a failed action state. */
export function fieldError(state: ActionState, field: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[field]?.[0] : undefined;
}
