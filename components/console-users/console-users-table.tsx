"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { createContext } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import type { ServerTableFeatures } from "@/components/data-table/table-features";
import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { Msg } from "@/components/ui/msg";
import type { TenantRole } from "@/lib/rbac/permissions";
import type { ListParams } from "@/lib/validation/list-params";
import { ConsoleUserRowActions } from "./console-user-row-actions";

export interface ConsoleUserRow {
  id: string;
  email: string;
  name: string;
  status: "invited" | "active" | "deactivated";
  role: TenantRole;
  source: "manual" | "sso";
  mfa: boolean;
  lastSignInAt: string | null;
}

export const ConsoleUsersTableContext = createContext({ tenantId: "", selfId: "" });

const helper = createColumnHelper<ServerTableFeatures, ConsoleUserRow>();
const STATUS_TONE = { invited: "blue", active: "green", deactivated: "slate" } as const;

// Module scope: stable definitions keep each row's action menu (and its result) mounted.
const readColumns = helper.columns([
  helper.accessor("name", {
    header: () => <Msg k="consoleUsers.columns.name" />,
    cell: (c) => <span className="font-medium text-slate-900">{c.getValue()}</span>,
  }),
  helper.accessor("email", { header: () => <Msg k="consoleUsers.columns.email" /> }),
  helper.accessor("role", {
    header: () => <Msg k="consoleUsers.columns.role" />,
    cell: (c) => (
      <span>
        <Msg k={`roles.${c.getValue()}`} />
        {c.row.original.source === "sso" && (
          <span className="ml-2 text-xs text-slate-500">
            <Msg k="consoleUsers.sso" />
          </span>
        )}
      </span>
    ),
  }),
  helper.accessor("status", {
    header: () => <Msg k="consoleUsers.columns.status" />,
    cell: (c) => (
      <Badge tone={STATUS_TONE[c.getValue()]}>
        <Msg k={`consoleUsers.status.${c.getValue()}`} />
      </Badge>
    ),
  }),
  helper.accessor("mfa", {
    header: () => <Msg k="consoleUsers.columns.mfa" />,
    enableSorting: false,
    cell: (c) => <Msg k={c.getValue() ? "consoleUsers.mfaOn" : "consoleUsers.mfaOff"} />,
  }),
  helper.accessor("lastSignInAt", {
    header: () => <Msg k="consoleUsers.columns.lastSignInAt" />,
    cell: (c) => <DateTime iso={c.getValue()} fallback={<Msg k="consoleUsers.never" />} />,
  }),
]);

const writeColumns = [
  ...readColumns,
  helper.display({
    id: "actions",
    header: () => (
      <span className="sr-only">
        <Msg k="consoleUsers.columns.actions" />
      </span>
    ),
    cell: (c) => <ConsoleUserRowActions user={c.row.original} />,
  }),
];

export function ConsoleUsersTable({
  tenantId,
  canWrite,
  selfId,
  rows,
  total,
  params,
}: {
  tenantId: string;
  canWrite: boolean;
  selfId: string;
  rows: ConsoleUserRow[];
  total: number;
  params: ListParams<string>;
}) {
  const t = useTranslations("consoleUsers");
  return (
    <ConsoleUsersTableContext value={{ tenantId, selfId }}>
      <DataTable
        columns={canWrite ? writeColumns : readColumns}
        rows={rows}
        total={total}
        params={params}
        getRowId={(r) => r.id}
        emptyMessage={t("empty")}
        toolbar={<DataTableSearch label={t("search")} initial={params.q ?? ""} />}
      />
    </ConsoleUsersTableContext>
  );
}
