"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import type { ServerTableFeatures } from "@/components/data-table/table-features";
import { Badge } from "@/components/ui/badge";
import type { ListParams } from "@/lib/validation/list-params";

export interface TenantTableRow {
  id: string;
  slug: string;
  name: string;
  plan: "standard" | "premium" | "enterprise";
  status: "active" | "suspended";
  createdAt: string;
}

const helper = createColumnHelper<ServerTableFeatures, TenantTableRow>();

export function TenantsTable({
  rows,
  total,
  params,
}: {
  rows: TenantTableRow[];
  total: number;
  params: ListParams<string>;
}) {
  const t = useTranslations("tenants");
  const format = useFormatter();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("name", {
          header: () => t("columns.name"),
          cell: (c) => (
            <Link href={`/tenants/${c.row.original.id}`} className="font-medium text-brand-700 hover:underline">
              {c.getValue()}
            </Link>
          ),
        }),
        helper.accessor("slug", {
          header: () => t("columns.slug"),
          cell: (c) => <code className="font-mono text-slate-600">{c.getValue()}</code>,
        }),
        helper.accessor("plan", { header: () => t("columns.plan"), cell: (c) => t(`plan.${c.getValue()}`) }),
        helper.accessor("status", {
          header: () => t("columns.status"),
          cell: (c) => <Badge tone={c.getValue() === "active" ? "green" : "red"}>{t(`status.${c.getValue()}`)}</Badge>,
        }),
        helper.accessor("createdAt", {
          header: () => t("columns.createdAt"),
          cell: (c) => format.dateTime(new Date(c.getValue()), { dateStyle: "medium" }),
        }),
      ]),
    [t, format],
  );
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      params={params}
      getRowId={(r) => r.id}
      emptyMessage={t("empty")}
      toolbar={<DataTableSearch label={t("search")} initial={params.q ?? ""} />}
    />
  );
}
