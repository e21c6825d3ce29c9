"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/operation/run-action";

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
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    formRef.current = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  };
  return [state, onSubmit, pending] as const;
}
