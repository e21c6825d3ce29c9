"use client";

import { useEffect } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/doors/run-action";

/**
 * A form's outcome: a success is announced in a toast (the form has done its
 * job and the page already shows the result), an error stays beside the form
 * until the next submit, next to the fields it names.
 */
export function FormMessage({ state, success }: { state: ActionState; success?: string }) {
  useEffect(() => {
    // Each submit yields a new state object, so every success is announced once.
    if (state?.ok && success) toast.success(success);
  }, [state, success]);
  if (!state || state.ok) return null;
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
