"use client";

import { useTranslations } from "next-intl";
import { createHoldAction } from "@/app/(console)/tenants/[tenantId]/holds/actions";
import { Button } from "@/components/ui/button";
import { FieldError, Label, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { FormPanel } from "@/components/ui/form-panel";
import { useFormAction } from "@/components/ui/use-form-action";

export function CreateHoldForm({ tenantId, groups }: { tenantId: string; groups: { id: string; name: string }[] }) {
  const t = useTranslations("holds.create");
  const [state, onSubmit, pending] = useFormAction(createHoldAction, { resetOnSuccess: true });
  return (
    <FormPanel title={t("title")} state={state} success={t("done")}>
      <form
        onSubmit={onSubmit}
        noValidate
        className="grid items-start gap-4 border-t border-slate-200 p-5 sm:grid-cols-2"
      >
        <input type="hidden" name="tenantId" value={tenantId} />
        <TextField id="hold-name" name="name" label={t("name")} error={fieldError(state, "name")} />
        <TextField id="hold-matter" name="matter" label={t("matter")} error={fieldError(state, "matter")} />
        <div>
          <Label htmlFor="hold-members">{t("members")}</Label>
          <textarea
            id="hold-members"
            name="memberEmails"
            rows={4}
            className="block w-full rounded-md border-0 px-3 py-2 font-mono text-sm shadow-sm ring-1 ring-slate-300 ring-inset aria-[invalid=true]:ring-red-500"
            aria-invalid={!!fieldError(state, "memberEmails")}
          />
          <FieldError id="hold-members-error" message={fieldError(state, "memberEmails")} />
        </div>
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-700">{t("groups")}</legend>
          {groups.map((g) => (
            <label key={g.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="groupIds" value={g.id} className="rounded border-slate-300" />
              {g.name}
            </label>
          ))}
        </fieldset>
        <div className="flex items-center gap-4 sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
          <FormMessage state={state?.ok ? null : state} />
        </div>
      </form>
    </FormPanel>
  );
}
