"use client";

import { useTranslations } from "next-intl";
import { inviteMemberAction } from "@/lib/actions/members/invite-member-action";
import { Button } from "@/components/ui/button";
import { FieldError, Label, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { FormPanel } from "@/components/ui/form-panel";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";

export function InviteMemberForm({ tenantId, groups }: { tenantId: string; groups: { id: string; name: string }[] }) {
  const t = useTranslations("members.invite");
  const [state, onSubmit, pending] = useFormAction(inviteMemberAction, { resetOnSuccess: true });
  return (
    <FormPanel title={t("open")} state={state} success={t("done")}>
      <form
        onSubmit={onSubmit}
        noValidate
        className="grid items-start gap-4 border-t border-slate-200 p-5 sm:grid-cols-2 lg:grid-cols-4"
      >
        <input type="hidden" name="tenantId" value={tenantId} />
        <TextField
          id="invite-member-email"
          name="email"
          type="email"
          label={t("email")}
          error={fieldError(state, "email")}
        />
        <TextField
          id="invite-member-first"
          name="firstName"
          label={t("firstName")}
          error={fieldError(state, "firstName")}
        />
        <TextField
          id="invite-member-last"
          name="lastName"
          label={t("lastName")}
          error={fieldError(state, "lastName")}
        />
        <div>
          <Label htmlFor="invite-member-group">{t("group")}</Label>
          <Select id="invite-member-group" name="groupId">
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </Select>
          <FieldError id="invite-member-group-error" message={fieldError(state, "groupId")} />
        </div>
        <div className="flex items-center gap-4 sm:col-span-2 lg:col-span-4">
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
          <FormMessage state={state?.ok ? null : state} />
        </div>
      </form>
    </FormPanel>
  );
}
