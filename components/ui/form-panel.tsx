"use client";

import type { ActionState } from "@/lib/doors/run-action";
import { FormMessage } from "./form-message";
import { card } from "@/components/ui/card";

/**
 * A form folded under a summary line: open while its last submit failed (so
 * the errors show), closed after a success, with the success line outside the
 * fold where it stays visible.
 */
export function FormPanel({
  title,
  state,
  success,
  open,
  children,
}: {
  title: string;
  state: ActionState;
  success: string;
  /** Keeps the fold open after a success that is only a step (a preview). */
  open?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-2">
      <details className={card()} open={open || (!!state && !state.ok)}>
        <summary className="cursor-pointer px-5 py-3 font-medium">{title}</summary>
        {children}
      </details>
      {state?.ok && !open && <FormMessage state={state} success={success} />}
    </div>
  );
}
