"use client";

import { useTranslations } from "next-intl";
import { type ButtonHTMLAttributes, type ReactNode, useEffect, useId, useRef } from "react";
import { Button } from "./button";

/**
 * A modal confirmation that says what it will act on, instead of the browser's
 * confirm(): the native <dialog> traps focus, closes on Escape and marks the
 * page behind it inert. Focus starts on Cancel, so Enter never confirms by
 * accident. The confirm button is any button: a form's submit button (inside
 * the form, with its name and value) or one with an onClick. Closing it, by
 * Cancel, Escape or a submit, puts focus back on the button that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  destructive = false,
  confirmProps,
  onClose,
}: {
  open: boolean;
  title: string;
  /** What the action acts on, named. */
  children: ReactNode;
  confirmLabel: string;
  /** "Cancel" unless the choice reads better named ("Keep editing"). */
  cancelLabel?: string;
  destructive?: boolean;
  confirmProps?: ButtonHTMLAttributes<HTMLButtonElement>;
  onClose: () => void;
}) {
  const t = useTranslations("confirmDialog");
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      // React passes a nested dialog's close event up its tree; only this one's own counts.
      onClose={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      className="m-auto w-full max-w-md rounded-lg bg-white p-0 text-slate-900 shadow-xl ring-1 ring-slate-200 backdrop:bg-brand-950/50"
    >
      <div className="space-y-4 p-5">
        <h2 id={titleId} className="font-medium">
          {title}
        </h2>
        <div id={bodyId} className="space-y-2 text-sm text-slate-700">
          {children}
        </div>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" autoFocus onClick={onClose}>
            {cancelLabel ?? t("cancel")}
          </Button>
          <Button {...confirmProps} variant={destructive ? "danger" : "primary"}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
