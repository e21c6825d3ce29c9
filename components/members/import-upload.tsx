"use client";

import { useTranslations } from "next-intl";
import { previewImportAction } from "@/app/(console)/tenants/[tenantId]/members/import/actions";
import { Button } from "@/components/ui/button";
import { FieldError, Label } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

export function ImportUpload({ tenantId }: { tenantId: string }) {
  const t = useTranslations("import");
  const [state, onSubmit, pending] = useFormAction(previewImportAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <input type="hidden" name="tenantId" value={tenantId} />
      <div>
        <Label htmlFor="import-file">{t("file")}</Label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          className="block text-sm"
          aria-invalid={!!fieldError(state, "csv")}
        />
        <FieldError id="import-file-error" message={fieldError(state, "csv")} />
      </div>
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("checking") : t("check")}
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
