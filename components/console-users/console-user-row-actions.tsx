"use client";

import { useTranslations } from "next-intl";
import { use } from "react";
import { consoleUserAction } from "@/app/(console)/tenants/[tenantId]/console-users/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import { TENANT_ROLES } from "@/lib/rbac/permissions";
import { ConsoleUsersTableContext, type ConsoleUserRow } from "./console-users-table";

const menuItem =
  "block w-full rounded px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-50";

export function ConsoleUserRowActions({ user }: { user: ConsoleUserRow }) {
  const { tenantId, selfId } = use(ConsoleUsersTableContext);
  const t = useTranslations("consoleUsers.actions");
  const tr = useTranslations("roles");
  const [state, onSubmit, pending] = useFormAction(consoleUserAction);
  if (user.id === selfId) return null;
  const confirmFirst = (message: string) => (e: React.MouseEvent<HTMLButtonElement>) => {
    if (!window.confirm(message)) e.preventDefault();
  };
  return (
    <form onSubmit={onSubmit} aria-label={user.email} className="flex items-center justify-end gap-3">
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="userId" value={user.id} />
      <FormMessage state={state} success={t("done")} />
      <details className="relative">
        <summary className="cursor-pointer list-none rounded-md px-2.5 py-1.5 text-sm text-slate-600 ring-1 ring-slate-300 hover:bg-slate-50">
          {t("menu")}
        </summary>
        <div className="absolute right-0 z-10 mt-1 w-64 space-y-1 rounded-md bg-white p-2 shadow-lg ring-1 ring-slate-200">
          <div className="flex gap-2 border-b border-slate-100 pb-2">
            <Select name="role" defaultValue={user.role} aria-label={t("changeRole")} className="py-1">
              {TENANT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </Select>
            <Button type="submit" name="op" value="grant" variant="secondary" disabled={pending}>
              {t("save")}
            </Button>
          </div>
          <button
            type="submit"
            name="op"
            value="endSessions"
            className={menuItem}
            disabled={pending}
            onClick={confirmFirst(t("confirmEndSessions", { email: user.email }))}
          >
            {t("endSessions")}
          </button>
          {user.mfa && (
            <button
              type="submit"
              name="op"
              value="resetMfa"
              className={menuItem}
              disabled={pending}
              onClick={confirmFirst(t("confirmResetMfa", { email: user.email }))}
            >
              {t("resetMfa")}
            </button>
          )}
          <button
            type="submit"
            name="op"
            value="revoke"
            className={menuItem}
            disabled={pending}
            onClick={confirmFirst(t("confirmRemove", { email: user.email }))}
          >
            {t("remove")}
          </button>
          {user.status !== "deactivated" && (
            <button
              type="submit"
              name="op"
              value="deactivate"
              className={`${menuItem} text-red-700`}
              disabled={pending}
              onClick={confirmFirst(t("confirmDeactivate", { email: user.email }))}
            >
              {t("deactivate")}
            </button>
          )}
        </div>
      </details>
    </form>
  );
}
