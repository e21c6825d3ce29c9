"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/operation/run-action";

/** One button that runs a server action on a few fixed values, after the browser's confirm, with its outcome beside it. */
export function ConfirmActionButton({
  action,
  values,
  label,
  ariaLabel,
  confirm,
  success,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  values: Record<string, string>;
  label: string;
  ariaLabel?: string;
  confirm: string;
  success?: string;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  return (
    <form onSubmit={onSubmit} className="flex items-center gap-2">
      {Object.entries(values).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button
        type="submit"
        variant="ghost"
        disabled={pending}
        aria-label={ariaLabel}
        onClick={(e) => {
          if (!window.confirm(confirm)) e.preventDefault();
        }}
      >
        {label}
      </Button>
      <FormMessage state={state} success={success} />
    </form>
  );
}
