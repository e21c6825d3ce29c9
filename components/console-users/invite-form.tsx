"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { useTranslations } from "next-intl";
import { inviteAction } from "@/lib/actions/console-users/invite-action";
import { Button } from "@/components/ui/button";
import { FieldError, Label, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { TENANT_ROLES } from "@/lib/rbac/permissions";
import { card } from "@/components/ui/card";

export function InviteForm({ tenantId }: { tenantId: string }) {
  const t = useTranslations();
  const [state, action, pending] = useFormAction(inviteAction, { resetOnSuccess: true });
  const result = state?.ok ? (state.value as { email: string; invitePath: string | null }) : null;
  const invitePath = result?.invitePath;
  const inviteUrl = invitePath ? new URL(invitePath, window.location.origin).toString() : "";
  return (
    <section className={card("p-5")} aria-labelledby="invite-title">
      <h2 id="invite-title" className="mb-4 font-medium">
        {t("consoleUsers.invite.title")}
      </h2>
      <form onSubmit={action} className="grid items-start gap-4 sm:grid-cols-[1fr_1fr_14rem_auto]" noValidate>
        <input type="hidden" name="tenantId" value={tenantId} />
        <TextField
          id="invite-email"
          label={t("consoleUsers.invite.email")}
          name="email"
          type="email"
          error={fieldError(state, "email")}
        />
        <TextField
          id="invite-name"
          label={t("consoleUsers.invite.name")}
          name="name"
          error={fieldError(state, "name")}
        />
        <div>
          <Label htmlFor="invite-role">{t("consoleUsers.invite.role")}</Label>
          <Select id="invite-role" name="role" defaultValue="helpdesk">
            {TENANT_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </Select>
          <FieldError id="invite-role-error" message={fieldError(state, "role")} />
        </div>
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {t("consoleUsers.invite.submit")}
        </Button>
      </form>
      <div className="mt-3 space-y-2">
        <FormMessage state={state} />
        {invitePath && (
          <div role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
            <p>{t("consoleUsers.invite.link", { email: result?.email ?? "" })}</p>
            <code data-testid="invite-link" className="mt-1 block font-mono break-all">
              {inviteUrl}
            </code>
          </div>
        )}
        {result && !invitePath && (
          <p role="status" className="text-sm text-emerald-700">
            {t("consoleUsers.invite.done", { email: result.email })}
          </p>
        )}
      </div>
    </section>
  );
}
