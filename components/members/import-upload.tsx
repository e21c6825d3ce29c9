"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { previewImportAction } from "@/lib/actions/members/preview-import-action";
import { Button } from "@/components/ui/button";
import { FieldError, Label } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { MAX_IMPORT_BYTES } from "@/lib/members/import/import-limits";
import { card } from "@/components/ui/card";

export function ImportUpload({ tenantId }: { tenantId: string }) {
  const t = useTranslations("import");
  const [state, onSubmit, pending] = useFormAction(previewImportAction);
  // A file over the limit is refused here, before 40 MB travel to be refused by the server.
  const [tooLarge, setTooLarge] = useState(false);
  const error = tooLarge ? t("tooLarge") : fieldError(state, "csv");
  return (
    <form
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
        const over = !!file && file.size > MAX_IMPORT_BYTES;
        setTooLarge(over);
        if (over) event.preventDefault();
        else onSubmit(event);
      }}
      noValidate
      className={card("space-y-4 p-6")}
    >
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
          aria-invalid={!!error}
          aria-describedby={error ? "import-file-error" : undefined}
          onChange={() => setTooLarge(false)}
        />
        <FieldError id="import-file-error" message={error} />
      </div>
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("checking") : t("check")}
        </Button>
        {!tooLarge && <FormMessage state={state} />}
      </div>
    </form>
  );
}
