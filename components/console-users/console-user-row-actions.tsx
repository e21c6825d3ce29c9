"use client";

import { useTranslations } from "next-intl";
import { use, useEffect, useRef, useState } from "react";
import { consoleUserAction } from "@/lib/actions/console-users/console-user-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import { TENANT_ROLES } from "@/lib/rbac/permissions";
import { ConsoleUsersTableContext, type ConsoleUserRow } from "./console-users-table";

/** The changes that are asked about first, each with its button's label. */
const LABEL = {
  endSessions: "endSessions",
  resetMfa: "resetMfa",
  revoke: "remove",
  deactivate: "deactivate",
} as const;
type Confirmed = keyof typeof LABEL;

const item =
  "block w-full rounded-md px-3 py-2 text-left text-sm ring-1 ring-slate-200 hover:bg-slate-50 disabled:opacity-50";

// A modal dialog rather than a drop-down: the table scrolls sideways on narrow
// screens, and a drop-down inside it would be clipped.
export function ConsoleUserRowActions({ user }: { user: ConsoleUserRow }) {
  const { tenantId, selfId } = use(ConsoleUsersTableContext);
  const t = useTranslations("consoleUsers.actions");
  const tr = useTranslations("roles");
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, onSubmit, pending] = useFormAction(consoleUserAction);
  const [asking, setAsking] = useState<Confirmed | null>(null);
  useEffect(() => {
    if (state?.ok) dialog.current?.close();
  }, [state]);
  if (user.id === selfId) return null;
  const ask = (op: Confirmed) => ({ type: "button" as const, disabled: pending, onClick: () => setAsking(op) });
  return (
    <form
      onSubmit={(e) => {
        setAsking(null);
        onSubmit(e);
      }}
      aria-label={user.email}
      className="flex items-center justify-end gap-3"
    >
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="userId" value={user.id} />
      <FormMessage state={state} success={t("done")} />
      <Button type="button" variant="secondary" onClick={() => dialog.current?.showModal()}>
        {t("menu")}
      </Button>
      <dialog
        ref={dialog}
        aria-label={t("title", { email: user.email })}
        className="m-auto w-full max-w-sm rounded-lg p-0 shadow-xl backdrop:bg-brand-950/50"
      >
        <div className="space-y-4 p-5">
          <div>
            <h2 className="font-medium text-slate-900">{user.name}</h2>
            <p className="text-sm text-slate-500">{user.email}</p>
          </div>
          <div className="flex gap-2">
            <Select name="role" defaultValue={user.role} aria-label={t("changeRole")}>
              {TENANT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </Select>
            <Button type="submit" name="op" value="grant" disabled={pending}>
              {t("save")}
            </Button>
          </div>
          <div className="space-y-2">
            <button {...ask("endSessions")} className={item}>
              {t(LABEL.endSessions)}
            </button>
            {user.mfa && (
              <button {...ask("resetMfa")} className={item}>
                {t(LABEL.resetMfa)}
              </button>
            )}
            <button {...ask("revoke")} className={item}>
              {t(LABEL.revoke)}
            </button>
            {user.status !== "deactivated" && (
              <button {...ask("deactivate")} className={`${item} text-red-700`}>
                {t(LABEL.deactivate)}
              </button>
            )}
          </div>
          <ConfirmDialog
            open={asking !== null}
            title={asking ? t(`confirm.${asking}.title`, { email: user.email }) : ""}
            confirmLabel={asking ? t(LABEL[asking]) : ""}
            destructive={asking === "revoke" || asking === "deactivate"}
            confirmProps={{ type: "submit", name: "op", value: asking ?? "", disabled: pending }}
            onClose={() => setAsking(null)}
          >
            {asking && <p>{t(`confirm.${asking}.body`)}</p>}
          </ConfirmDialog>
          <div className="flex items-center justify-between gap-3">
            <FormMessage state={state?.ok ? null : state} />
            <Button type="button" variant="ghost" onClick={() => dialog.current?.close()}>
              {t("close")}
            </Button>
          </div>
        </div>
      </dialog>
    </form>
  );
}
