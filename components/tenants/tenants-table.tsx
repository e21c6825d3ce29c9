"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import type { ServerTableFeatures } from "@/components/data-table/table-features";
import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { Msg } from "@/components/ui/msg";
import type { ListParams } from "@/lib/validation/list-params";

export interface TenantTableRow {
  id: string;
  slug: string;
  name: string;
  plan: "standard" | "premium" | "trial";
  status: "active" | "suspended";
  members: number;
  createdAt: string;
}

const helper = createColumnHelper<ServerTableFeatures, TenantTableRow>();

// Module scope, so the definitions are stable across renders (see components/ui/msg.tsx).
const columns = helper.columns([
  helper.accessor("name", {
    header: () => <Msg k="tenants.columns.name" />,
    cell: (c) => (
      <Link href={`/tenants/${c.row.original.id}`} className="font-medium text-brand-700 hover:underline">
        {c.getValue()}
      </Link>
    ),
  }),
  helper.accessor("slug", {
    header: () => <Msg k="tenants.columns.slug" />,
    cell: (c) => <code className="font-mono text-slate-600">{c.getValue()}</code>,
  }),
  helper.accessor("plan", {
    header: () => <Msg k="tenants.columns.plan" />,
    cell: (c) => <Msg k={`tenants.plan.${c.getValue()}`} />,
  }),
  helper.accessor("status", {
    header: () => <Msg k="tenants.columns.status" />,
    cell: (c) => (
      <Badge tone={c.getValue() === "active" ? "green" : "red"}>
        <Msg k={`tenants.status.${c.getValue()}`} />
      </Badge>
    ),
  }),
  helper.accessor("members", {
    header: () => <Msg k="tenants.columns.members" />,
    enableSorting: false,
    cell: (c) => <span className="tabular-nums">{c.getValue()}</span>,
  }),
  helper.accessor("createdAt", {
    header: () => <Msg k="tenants.columns.createdAt" />,
    cell: (c) => <DateTime iso={c.getValue()} dateOnly />,
  }),
]);

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
