"use client";

import { type ColumnDef, type RowData, type SortingState, useTable } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { ListParams } from "@/lib/validation/list-params";
import { DataTablePagination } from "./data-table-pagination";
import { serverTableFeatures, type ServerTableFeatures } from "./table-features";
import { useTableUrl } from "./use-table-url";
import { card } from "@/components/ui/card";

export interface DataTableProps<TRow extends RowData> {
  columns: ColumnDef<ServerTableFeatures, TRow>[];
  rows: TRow[];
  total: number;
  params: Pick<ListParams<string>, "sort" | "dir"> & Partial<Pick<ListParams<string>, "page" | "pageSize">>;
  emptyMessage: string;
  toolbar?: React.ReactNode;
  getRowId: (row: TRow) => string;
  /** Replaces the page-number footer (the member directory pages by cursor). */
  footer?: React.ReactNode;
}

export function DataTable<TRow extends RowData>({
  columns,
  rows,
  total,
  params,
  emptyMessage,
  toolbar,
  getRowId,
  footer,
}: DataTableProps<TRow>) {
  const t = useTranslations("table");
  const { update, pending } = useTableUrl();
  const sorting = useMemo<SortingState>(
    () => [{ id: params.sort, desc: params.dir === "desc" }],
    [params.sort, params.dir],
  );

  const table = useTable({
    features: serverTableFeatures,
    columns,
    data: rows,
    getRowId,
    manualSorting: true,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      if (first) update({ sort: first.id, dir: first.desc ? "desc" : "asc" });
    },
  });

  return (
    <div className={card()}>
      {toolbar && <div className="border-b border-slate-200 px-4 py-3">{toolbar}</div>}
      <div className="overflow-x-auto relative" aria-busy={pending}>
        <table className={`min-w-full text-sm ${pending ? "opacity-60" : ""}`}>
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="px-4 py-2.5"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 uppercase hover:text-slate-900"
                          title={sorted === "asc" ? t("sortDescending") : t("sortAscending")}
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden className="text-slate-400">
                            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-4 py-10 text-center text-slate-500">
                  {emptyMessage}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="hover:bg-slate-50">
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className="px-4 py-2.5 whitespace-nowrap first:pl-5 last:pr-5">
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {footer ?? (
        <DataTablePagination total={total} page={params.page ?? 1} pageSize={params.pageSize ?? 25} onChange={update} />
      )}
    </div>
  );
}
