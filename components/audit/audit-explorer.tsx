"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { useTableUrl } from "@/components/data-table/use-table-url";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { ExplorerParams } from "@/lib/audit/explorer/explorer-query";
import { AUDIT_COLUMNS, AUDIT_COLUMNS_ACROSS, type AuditRowView, ExplorerContext } from "./audit-columns";
import { AuditFilterForm, type FilterOptions } from "./audit-filter-form";

export interface ExplorerPage {
  rows: AuditRowView[];
  total: number;
  totalCapped: boolean;
  next: string | null;
  prev: string | null;
}

/** The audit explorer: filters, the server-paged table, and whatever the page puts above it. */
export function AuditExplorer({
  page,
  params,
  tz,
  options,
  errors,
  acrossNetworks,
  toolbar,
}: {
  page: ExplorerPage | null;
  params: ExplorerParams;
  tz: string;
  options: FilterOptions;
  errors: Record<string, string[]>;
  acrossNetworks?: boolean;
  toolbar?: React.ReactNode;
}) {
  const t = useTranslations("audit");
  const { update, pending } = useTableUrl();
  const context = useMemo(
    () => ({
      tz,
      eventHref: (r: AuditRowView) => (r.tenantId === "platform" ? null : `/tenants/${r.tenantId}/audit/${r.seq}`),
    }),
    [tz],
  );
  const columns = acrossNetworks ? AUDIT_COLUMNS_ACROSS : AUDIT_COLUMNS;
  const dir = params.dir === "asc" ? "asc" : "desc";
  const footer = page && (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-600">
      <p aria-live="polite" data-testid="audit-count">
        {page.totalCapped ? t("countCapped", { count: page.total }) : t("count", { count: page.total })}
      </p>
      <div className="flex items-center gap-3">
        <label className="flex items-center gap-2">
          {t("pageSize")}
          <Select
            value={params.pageSize ?? "50"}
            onChange={(e) => update({ pageSize: e.target.value, cursor: undefined, back: undefined })}
            className="w-20 py-1"
          >
            {[25, 50, 100, 200].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </label>
        <Button
          variant="secondary"
          disabled={!page.prev || pending}
          onClick={() => update({ cursor: page.prev ?? undefined, back: "1" }, false)}
        >
          {t("previous")}
        </Button>
        <Button
          variant="secondary"
          disabled={!page.next || pending}
          onClick={() => update({ cursor: page.next ?? undefined, back: undefined }, false)}
        >
          {t("next")}
        </Button>
      </div>
    </div>
  );
  return (
    <ExplorerContext value={context}>
      <div className="space-y-4">
        <AuditFilterForm
          key={`${tz} ${JSON.stringify(params)}`}
          params={params}
          tz={tz}
          options={options}
          errors={errors}
        />
        {page ? (
          <DataTable
            columns={columns}
            rows={page.rows}
            total={page.total}
            params={{ sort: "at", dir }}
            emptyMessage={t("empty")}
            getRowId={(r) => `${r.tenantId}:${r.seq}`}
            toolbar={toolbar}
            footer={footer}
          />
        ) : (
          <p role="alert" className="rounded-lg bg-red-50 p-4 text-sm text-red-700 ring-1 ring-red-200">
            {t("invalidFilter")}
          </p>
        )}
      </div>
    </ExplorerContext>
  );
}
