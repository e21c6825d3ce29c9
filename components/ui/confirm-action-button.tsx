"use client";

import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/doors/run-action";

/** What the confirmation says: the question naming the object, what will happen, and the button that does it. */
export interface Confirmation {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  /** Irreversible or disruptive: the confirm button is red. */
  destructive?: boolean;
}

/**
 * One button that runs a server action on a few fixed values, once a dialog
 * that names what it acts on is confirmed, with its outcome beside it.
 */
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
  confirm: Confirmation;
  success?: string;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const [asking, setAsking] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        setAsking(false);
        onSubmit(e);
      }}
      className="flex items-center gap-2"
    >
      {Object.entries(values).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button type="button" variant="ghost" disabled={pending} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </Button>
      <ConfirmDialog
        open={asking}
        title={confirm.title}
        confirmLabel={confirm.confirmLabel}
        destructive={confirm.destructive}
        confirmProps={{ type: "submit", disabled: pending }}
        onClose={() => setAsking(false)}
      >
        {typeof confirm.body === "string" ? <p>{confirm.body}</p> : confirm.body}
      </ConfirmDialog>
      <FormMessage state={state} success={success} />
    </form>
  );
}
