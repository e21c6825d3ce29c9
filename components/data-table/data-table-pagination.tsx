"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { PAGE_SIZES } from "@/lib/validation/list-params";

export function DataTablePagination({
  total,
  page,
  pageSize,
  onChange,
}: {
  total: number;
  page: number;
  pageSize: number;
  onChange: (changes: Record<string, string | number | undefined>, resetPage?: boolean) => void;
}) {
  const t = useTranslations("table");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-600">
      <p>{t("rows", { count: total })}</p>
      <div className="flex items-center gap-3">
        <label className="flex items-center gap-2">
          {t("rowsPerPage")}
          <select
            value={pageSize}
            onChange={(e) => onChange({ pageSize: e.target.value })}
            className="rounded-md border-0 py-1 pr-7 pl-2 ring-1 ring-slate-300 ring-inset"
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <span aria-live="polite">{t("pageOf", { page: Math.min(page, pages), pages })}</span>
        <Button variant="secondary" disabled={page <= 1} onClick={() => onChange({ page: page - 1 }, false)}>
          {t("previous")}
        </Button>
        <Button variant="secondary" disabled={page >= pages} onClick={() => onChange({ page: page + 1 }, false)}>
          {t("next")}
        </Button>
      </div>
    </div>
  );
}
