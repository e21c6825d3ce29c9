"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import type { ServerTableFeatures } from "@/components/data-table/table-features";
import { Badge } from "@/components/ui/badge";
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

const helper = createColumnHelper<ServerTableFeatures, ConsoleUserRow>();
const STATUS_TONE = { invited: "blue", active: "green", deactivated: "slate" } as const;

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
  const t = useTranslations();
  const format = useFormatter();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("name", {
          header: () => t("consoleUsers.columns.name"),
          cell: (c) => <span className="font-medium text-slate-900">{c.getValue()}</span>,
        }),
        helper.accessor("email", { header: () => t("consoleUsers.columns.email") }),
        helper.accessor("role", {
          header: () => t("consoleUsers.columns.role"),
          cell: (c) => (
            <span>
              {t(`roles.${c.getValue()}`)}
              {c.row.original.source === "sso" && (
                <span className="ml-2 text-xs text-slate-500">{t("consoleUsers.sso")}</span>
              )}
            </span>
          ),
        }),
        helper.accessor("status", {
          header: () => t("consoleUsers.columns.status"),
          cell: (c) => <Badge tone={STATUS_TONE[c.getValue()]}>{t(`consoleUsers.status.${c.getValue()}`)}</Badge>,
        }),
        helper.accessor("mfa", {
          header: () => t("consoleUsers.columns.mfa"),
          enableSorting: false,
          cell: (c) => (c.getValue() ? t("consoleUsers.mfaOn") : t("consoleUsers.mfaOff")),
        }),
        helper.accessor("lastSignInAt", {
          header: () => t("consoleUsers.columns.lastSignInAt"),
          cell: (c) => {
            const v = c.getValue();
            return v
              ? format.dateTime(new Date(v), { dateStyle: "medium", timeStyle: "short" })
              : t("consoleUsers.never");
          },
        }),
        ...(canWrite
          ? [
              helper.display({
                id: "actions",
                header: () => t("consoleUsers.columns.actions"),
                cell: (c) =>
                  c.row.original.id === selfId ? null : (
                    <ConsoleUserRowActions tenantId={tenantId} user={c.row.original} />
                  ),
              }),
            ]
          : []),
      ]),
    [t, format, canWrite, selfId, tenantId],
  );
  return (
    <DataTable
      columns={columns}
      rows={rows}
      total={total}
      params={params}
      getRowId={(r) => r.id}
      emptyMessage={t("consoleUsers.empty")}
      toolbar={<DataTableSearch label={t("consoleUsers.search")} initial={params.q ?? ""} />}
    />
  );
}
