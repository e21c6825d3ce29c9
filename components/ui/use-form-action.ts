"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/doors/run-action";

/**
 * useActionState for forms that must keep what the user typed. React resets a
 * form after a `<form action>` runs, success or not, so a validation error would
 * wipe the input it is about. Submitting through onSubmit instead keeps the
 * fields; they are cleared only after a success. The pressed button's
 * name/value travels with the form data, as with a native submit.
 */
export function useFormAction(
  action: (prev: ActionState, form: FormData) => Promise<ActionState>,
  options: { resetOnSuccess?: boolean } = {},
) {
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && options.resetOnSuccess) formRef.current?.reset();
  }, [state, options.resetOnSuccess]);
  /** Sends a form's current values, as if `submitter` had been pressed. */
  const submit = (form: HTMLFormElement, submitter?: HTMLElement | null) => {
    formRef.current = form;
    const data = new FormData(form, submitter ?? null);
    startTransition(() => dispatch(data));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
  };
  return [state, onSubmit, pending, submit] as const;
}
