"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { CursorFooter } from "@/components/data-table/cursor-footer";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { useTableUrl } from "@/components/data-table/use-table-url";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { BulkBar, type Allowed } from "./bulk-bar";
import { HIDEABLE, MEMBER_COLUMNS, type MemberRow, SelectionContext } from "./member-columns";

export interface DirectoryQuery {
  q?: string | undefined;
  status: string[];
  groupId?: string | undefined;
  hasDevice?: "yes" | "no" | undefined;
  seenAfter?: string | undefined;
  seenBefore?: string | undefined;
  joinedAfter?: string | undefined;
  joinedBefore?: string | undefined;
  holdId?: string | undefined;
  devicePlatform?: string | undefined;
  deviceVersion?: string | undefined;
  deviceSeenAfter?: string | undefined;
  sort: string;
  dir: "asc" | "desc";
  pageSize: number;
}

const STATUSES = ["active", "pending", "suspended", "deactivated"] as const;

export function MembersDirectory({
  tenantId,
  rows,
  total,
  next,
  prev,
  query,
  hidden,
  groups,
  allowed,
}: {
  tenantId: string;
  rows: MemberRow[];
  total: number;
  next: string | null;
  prev: string | null;
  query: DirectoryQuery;
  hidden: string[];
  groups: { id: string; name: string }[];
  allowed: Allowed & { import: boolean };
}) {
  const t = useTranslations("members");
  const { update, pending } = useTableUrl();
  // Selection survives paging through one result (the component stays mounted
  // across URL changes); it is cleared when the question changes and after each
  // action, so it never holds a row the list no longer shows. id → name, for the
  // confirmation to name what it acts on.
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const [allMatching, setAllMatching] = useState(false);
  const filter = useMemo(
    () => ({
      q: query.q,
      status: query.status,
      groupId: query.groupId,
      hasDevice: query.hasDevice,
      seenAfter: query.seenAfter,
      seenBefore: query.seenBefore,
      joinedAfter: query.joinedAfter,
      joinedBefore: query.joinedBefore,
      holdId: query.holdId,
      devicePlatform: query.devicePlatform,
      deviceVersion: query.deviceVersion,
      deviceSeenAfter: query.deviceSeenAfter,
    }),
    [
      query.q,
      query.status,
      query.groupId,
      query.hasDevice,
      query.seenAfter,
      query.seenBefore,
      query.joinedAfter,
      query.joinedBefore,
      query.holdId,
      query.devicePlatform,
      query.deviceVersion,
      query.deviceSeenAfter,
    ],
  );
  const filterKey = JSON.stringify(filter);
  const [selectionFor, setSelectionFor] = useState(filterKey);
  const clearSelection = useCallback(() => {
    setSelected(new Map());
    setAllMatching(false);
  }, []);
  if (selectionFor !== filterKey) {
    // Another question (search, filters): what was picked may not be in its answer.
    setSelectionFor(filterKey);
    clearSelection();
  }
  const toggle = useCallback((id: string, name: string) => {
    setSelected((s) => {
      const n = new Map(s);
      if (n.has(id)) n.delete(id);
      else n.set(id, name);
      return n;
    });
  }, []);
  const selection = useMemo(
    () => ({ tenantId, has: (id: string) => selected.has(id), toggle, all: allMatching }),
    [tenantId, selected, toggle, allMatching],
  );
  const columns = MEMBER_COLUMNS.filter((c) => !hidden.includes(c.id ?? ""));
  const setFilter = (changes: Record<string, string | undefined>) => {
    setAllMatching(false);
    update({ ...changes, after: undefined, before: undefined });
  };
  const pageIds = rows.map((r) => r.id);
  const groupName = (id: string | undefined) => groups.find((g) => g.id === id)?.name ?? id;
  // The filter as the reader sees it, for the confirmation of an action on all matching.
  const filterTerms = [
    query.q ? t("bulk.search", { q: query.q }) : null,
    query.status.length
      ? `${t("filters.status")}: ${query.status.map((s) => t(`status.${s as (typeof STATUSES)[number]}`)).join(", ")}`
      : null,
    query.groupId ? `${t("filters.group")}: ${groupName(query.groupId)}` : null,
    query.hasDevice ? t(`filters.${query.hasDevice}`) : null,
    query.seenAfter ? `${t("filters.seenAfter")}: ${query.seenAfter}` : null,
    query.seenBefore ? `${t("filters.seenBefore")}: ${query.seenBefore}` : null,
    query.joinedAfter ? `${t("filters.joinedAfter")}: ${query.joinedAfter}` : null,
    query.joinedBefore ? `${t("filters.joinedBefore")}: ${query.joinedBefore}` : null,
    query.holdId ? t("bulk.hold") : null,
    query.devicePlatform || query.deviceVersion
      ? t("bulk.device", { device: [query.devicePlatform, query.deviceVersion].filter(Boolean).join(" ") })
      : null,
    query.deviceSeenAfter ? `${t("filters.seenAfter")}: ${query.deviceSeenAfter}` : null,
  ].filter((x): x is string => x !== null);
  // The export takes the same filter as the list, so what you see is what you get.
  const exportParams = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) {
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) exportParams.set(k, String(v));
  }
  const exportHref = `/tenants/${tenantId}/members/export?${exportParams.toString()}`;
  const pageSelected = pageIds.length > 0 && pageIds.every((id) => selected.has(id));

  const toolbar = (
    <div className="flex flex-wrap items-end gap-3">
      <DataTableSearch label={t("search")} initial={query.q ?? ""} />
      <details className="relative">
        <summary className="cursor-pointer rounded-md px-3 py-2 text-sm ring-1 ring-slate-300">
          {t("filters.status")}
          {query.status.length > 0 && ` (${query.status.length})`}
        </summary>
        <div className="absolute z-10 mt-1 w-48 space-y-1 rounded-md bg-white p-3 shadow-lg ring-1 ring-slate-200">
          {STATUSES.map((s) => (
            <label key={s} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={query.status.includes(s)}
                onChange={(e) => {
                  const next = e.target.checked ? [...query.status, s] : query.status.filter((x) => x !== s);
                  setFilter({ status: next.join(",") || undefined });
                }}
                className="rounded border-slate-300"
              />
              {t(`status.${s}`)}
            </label>
          ))}
        </div>
      </details>
      {groups.length > 0 && (
        <Select
          aria-label={t("filters.group")}
          value={query.groupId ?? ""}
          onChange={(e) => setFilter({ groupId: e.target.value || undefined })}
          className="w-44"
        >
          <option value="">{t("filters.anyGroup")}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </Select>
      )}
      <Select
        aria-label={t("filters.hasDevice")}
        value={query.hasDevice ?? ""}
        onChange={(e) => setFilter({ hasDevice: e.target.value || undefined })}
        className="w-40"
      >
        <option value="">{t("filters.any")}</option>
        <option value="yes">{t("filters.yes")}</option>
        <option value="no">{t("filters.no")}</option>
      </Select>
      <label className="text-xs text-slate-600">
        {t("filters.seenAfter")}
        <input
          type="date"
          value={query.seenAfter ?? ""}
          onChange={(e) => setFilter({ seenAfter: e.target.value || undefined })}
          className="block rounded-md border-0 px-2 py-1.5 text-sm ring-1 ring-slate-300"
        />
      </label>
      <label className="text-xs text-slate-600">
        {t("filters.seenBefore")}
        <input
          type="date"
          value={query.seenBefore ?? ""}
          onChange={(e) => setFilter({ seenBefore: e.target.value || undefined })}
          className="block rounded-md border-0 px-2 py-1.5 text-sm ring-1 ring-slate-300"
        />
      </label>
      <label className="text-xs text-slate-600">
        {t("filters.joinedAfter")}
        <input
          type="date"
          value={query.joinedAfter ?? ""}
          onChange={(e) => setFilter({ joinedAfter: e.target.value || undefined })}
          className="block rounded-md border-0 px-2 py-1.5 text-sm ring-1 ring-slate-300"
        />
      </label>
      <label className="text-xs text-slate-600">
        {t("filters.joinedBefore")}
        <input
          type="date"
          value={query.joinedBefore ?? ""}
          onChange={(e) => setFilter({ joinedBefore: e.target.value || undefined })}
          className="block rounded-md border-0 px-2 py-1.5 text-sm ring-1 ring-slate-300"
        />
      </label>
      {query.holdId && (
        <Button variant="secondary" onClick={() => setFilter({ holdId: undefined })}>
          {t("filters.clearHold")}
        </Button>
      )}
      {(query.devicePlatform || query.deviceVersion || query.deviceSeenAfter) && (
        <Button
          variant="secondary"
          onClick={() => setFilter({ devicePlatform: undefined, deviceVersion: undefined, deviceSeenAfter: undefined })}
        >
          {t("filters.clearDevice", {
            device: [query.devicePlatform, query.deviceVersion].filter(Boolean).join(" "),
            since: query.deviceSeenAfter ?? "none",
          })}
        </Button>
      )}
      {allowed.import && (
        <Link
          href={`/tenants/${tenantId}/members/import`}
          className="rounded-md px-3 py-2 text-sm text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50"
        >
          {t("import")}
        </Link>
      )}
      <a
        href={exportHref}
        className="rounded-md px-3 py-2 text-sm text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50"
      >
        {t("export")}
      </a>
      <details className="relative">
        <summary className="cursor-pointer rounded-md px-3 py-2 text-sm ring-1 ring-slate-300">
          {t("filters.columns")}
        </summary>
        <div className="absolute z-10 mt-1 w-44 space-y-1 rounded-md bg-white p-3 shadow-lg ring-1 ring-slate-200">
          {HIDEABLE.map((c) => (
            <label key={c} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={!hidden.includes(c)}
                onChange={(e) => {
                  const next = e.target.checked ? hidden.filter((h) => h !== c) : [...hidden, c];
                  update({ hide: next.join(",") || undefined }, false);
                }}
                className="rounded border-slate-300"
              />
              {t(`columns.${c}`)}
            </label>
          ))}
        </div>
      </details>
    </div>
  );

  const footer = (
    <CursorFooter
      summary={<p aria-live="polite">{t("rows", { count: total })}</p>}
      pageSize={query.pageSize}
      sizes={[25, 50, 100]}
      labels={{ pageSize: t("pageSize"), previous: t("previous"), next: t("next") }}
      hasPrevious={!!prev}
      hasNext={!!next}
      pending={pending}
      onPageSize={(size) => update({ pageSize: size, after: undefined, before: undefined })}
      onPrevious={() => update({ before: prev ?? undefined, after: undefined }, false)}
      onNext={() => update({ after: next ?? undefined, before: undefined }, false)}
    />
  );

  return (
    <SelectionContext value={selection}>
      <div className="space-y-3">
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={pageSelected || allMatching}
              disabled={allMatching}
              onChange={(e) =>
                setSelected((s) => {
                  const n = new Map(s);
                  for (const r of rows) {
                    if (e.target.checked) n.set(r.id, r.displayName);
                    else n.delete(r.id);
                  }
                  return n;
                })
              }
              className="rounded border-slate-300"
            />
            {t("selection.selectPage")}
          </label>
          {(selected.size > 0 || allMatching) && (
            <>
              <span className="font-medium" data-testid="selection-count">
                {allMatching
                  ? t("selection.allMatching", { count: total })
                  : t("selection.count", { count: selected.size })}
              </span>
              {!allMatching && total > selected.size && (
                <Button variant="ghost" onClick={() => setAllMatching(true)}>
                  {t("selection.selectAllMatching", { count: total })}
                </Button>
              )}
              <Button variant="ghost" onClick={clearSelection}>
                {t("selection.clear")}
              </Button>
            </>
          )}
        </div>
        {(selected.size > 0 || allMatching) && (
          <BulkBar
            tenantId={tenantId}
            memberIds={[...selected.keys()]}
            names={[...selected.values()]}
            filter={allMatching ? filter : null}
            filterTerms={filterTerms}
            count={allMatching ? total : selected.size}
            groups={groups}
            allowed={allowed}
            onDone={clearSelection}
          />
        )}
        <DataTable
          columns={columns}
          rows={rows}
          total={total}
          params={{ sort: query.sort, dir: query.dir }}
          getRowId={(r) => r.id}
          emptyMessage={t("empty")}
          toolbar={toolbar}
          footer={footer}
        />
      </div>
    </SelectionContext>
  );
}
