"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { createExportAction } from "@/lib/actions/audit/create-export-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";

/** Exports exactly the events the explorer's filter shows, as CSV or JSON Lines, through the export job. */
export function ExportButton({ tenantId, filter }: { tenantId: string; filter: Record<string, string | undefined> }) {
  const t = useTranslations("audit.export");
  const [state, onSubmit, pending] = useFormAction(createExportAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="tenantId" value={tenantId} />
      {Object.entries(filter).map(([k, v]) => v !== undefined && <input key={k} type="hidden" name={k} value={v} />)}
      <label className="flex items-center gap-2 text-sm text-slate-700">
        {t("format")}
        <Select name="format" defaultValue="csv" className="w-44 py-1">
          <option value="csv">{t("csv")}</option>
          <option value="jsonl">{t("jsonl")}</option>
        </Select>
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("start")}
      </Button>
      <FormMessage state={state} />
      {state?.ok && (
        <p role="status" className="text-sm text-emerald-700">
          {t.rich("queued", {
            link: (chunks) => (
              <Link href={`/tenants/${tenantId}/audit/exports`} className="font-medium underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </form>
  );
}
