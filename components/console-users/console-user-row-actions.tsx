"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { consoleUserAction } from "@/app/(console)/tenants/[tenantId]/console-users/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { TENANT_ROLES } from "@/lib/rbac/permissions";
import type { ConsoleUserRow } from "./console-users-table";

export function ConsoleUserRowActions({ tenantId, user }: { tenantId: string; user: ConsoleUserRow }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(consoleUserAction, null);
  const confirmFirst = (message: string) => (e: React.MouseEvent<HTMLButtonElement>) => {
    if (!window.confirm(message)) e.preventDefault();
  };
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" aria-label={user.email}>
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="userId" value={user.id} />
      <Select
        name="role"
        defaultValue={user.role}
        aria-label={t("consoleUsers.actions.changeRole")}
        className="w-44 py-1"
      >
        {TENANT_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </Select>
      <Button type="submit" name="op" value="grant" variant="secondary" disabled={pending}>
        {t("consoleUsers.actions.save")}
      </Button>
      <Button
        type="submit"
        name="op"
        value="endSessions"
        variant="ghost"
        disabled={pending}
        onClick={confirmFirst(t("consoleUsers.actions.confirmEndSessions", { email: user.email }))}
      >
        {t("consoleUsers.actions.endSessions")}
      </Button>
      {user.mfa && (
        <Button
          type="submit"
          name="op"
          value="resetMfa"
          variant="ghost"
          disabled={pending}
          onClick={confirmFirst(t("consoleUsers.actions.confirmResetMfa", { email: user.email }))}
        >
          {t("consoleUsers.actions.resetMfa")}
        </Button>
      )}
      <Button
        type="submit"
        name="op"
        value="revoke"
        variant="ghost"
        disabled={pending}
        onClick={confirmFirst(t("consoleUsers.actions.confirmRemove", { email: user.email }))}
      >
        {t("consoleUsers.actions.remove")}
      </Button>
      {user.status !== "deactivated" && (
        <Button
          type="submit"
          name="op"
          value="deactivate"
          variant="ghost"
          disabled={pending}
          onClick={confirmFirst(t("consoleUsers.actions.confirmDeactivate", { email: user.email }))}
        >
          {t("consoleUsers.actions.deactivate")}
        </Button>
      )}
      <FormMessage state={state} success={t("consoleUsers.actions.done")} />
    </form>
  );
}
