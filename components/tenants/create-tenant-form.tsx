"use client";

import { useTranslations } from "next-intl";
import { createTenantAction } from "@/lib/actions/tenants/create-tenant-action";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { FormPanel } from "@/components/ui/form-panel";
import { useFormAction } from "@/components/ui/use-form-action";
import { TenantFields } from "./tenant-fields";

export function CreateTenantForm({ regions }: { regions: string[] }) {
  const t = useTranslations("tenants.create");
  const [state, onSubmit, pending] = useFormAction(createTenantAction, { resetOnSuccess: true });
  return (
    <FormPanel title={t("open")} state={state} success={t("created")}>
      <form
        onSubmit={onSubmit}
        noValidate
        className="grid items-start gap-4 border-t border-slate-200 p-5 sm:grid-cols-2 lg:grid-cols-3"
      >
        <TenantFields state={state} regions={regions} idPrefix="create-tenant" />
        <TextField id="create-tenant-slug" name="slug" label={t("slug")} error={fieldError(state, "slug")} />
        <div className="flex items-center gap-4 sm:col-span-2 lg:col-span-3">
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
          <FormMessage state={state?.ok ? null : state} />
        </div>
      </form>
    </FormPanel>
  );
}
