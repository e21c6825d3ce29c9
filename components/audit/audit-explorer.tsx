"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { useTableUrl } from "@/components/data-table/use-table-url";
import { CursorFooter } from "@/components/data-table/cursor-footer";
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
    <CursorFooter
      summary={
        <p aria-live="polite" data-testid="audit-count">
          {page.totalCapped ? t("countCapped", { count: page.total }) : t("count", { count: page.total })}
        </p>
      }
      pageSize={params.pageSize ?? "50"}
      sizes={[25, 50, 100, 200]}
      labels={{ pageSize: t("pageSize"), previous: t("previous"), next: t("next") }}
      hasPrevious={!!page.prev}
      hasNext={!!page.next}
      pending={pending}
      onPageSize={(size) => update({ pageSize: size, cursor: undefined, back: undefined })}
      onPrevious={() => update({ cursor: page.prev ?? undefined, back: "1" }, false)}
      onNext={() => update({ cursor: page.next ?? undefined, back: undefined }, false)}
    />
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
