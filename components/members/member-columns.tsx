"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { createContext, use } from "react";
import type { ServerTableFeatures } from "@/components/data-table/table-features";
import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { Msg } from "@/components/ui/msg";

export interface MemberRow {
  id: string;
  email: string;
  displayName: string;
  status: string;
  groupId: string;
  groupName: string;
  lastSeenAt: string | null;
  isAdmin: boolean;
  devices: number;
}

export const SelectionContext = createContext<{
  tenantId: string;
  has: (id: string) => boolean;
  toggle: (id: string, name: string) => void;
  all: boolean;
}>({
  tenantId: "",
  has: () => false,
  toggle: () => {},
  all: false,
});

function NameCell({ row }: { row: MemberRow }) {
  const { tenantId } = use(SelectionContext);
  return (
    <Link href={`/tenants/${tenantId}/members/${row.id}`} className="font-medium text-brand-700 hover:underline">
      {row.displayName}
    </Link>
  );
}

function SelectCell({ row }: { row: MemberRow }) {
  const s = use(SelectionContext);
  return (
    <input
      type="checkbox"
      checked={s.all || s.has(row.id)}
      disabled={s.all}
      onChange={() => s.toggle(row.id, row.displayName)}
      aria-label={`select ${row.displayName}`}
      className="rounded border-slate-300"
    />
  );
}

const STATUS_TONE: Record<string, "green" | "blue" | "red" | "slate"> = {
  active: "green",
  pending: "blue",
  suspended: "red",
  deactivated: "slate",
};
const helper = createColumnHelper<ServerTableFeatures, MemberRow>();

// Module scope, so the definitions are stable across renders (see components/ui/msg.tsx).
export const MEMBER_COLUMNS = helper.columns([
  helper.display({
    id: "select",
    header: () => <Msg k="members.columns.select" />,
    cell: (c) => <SelectCell row={c.row.original} />,
  }),
  helper.accessor("displayName", {
    header: () => <Msg k="members.columns.displayName" />,
    cell: (c) => (
      <span>
        <NameCell row={c.row.original} />
        {c.row.original.isAdmin && (
          <span className="ml-2">
            <Badge tone="blue">
              <Msg k="members.admin" />
            </Badge>
          </span>
        )}
      </span>
    ),
  }),
  helper.accessor("email", { header: () => <Msg k="members.columns.email" /> }),
  helper.accessor("status", {
    header: () => <Msg k="members.columns.status" />,
    cell: (c) => (
      <Badge tone={STATUS_TONE[c.getValue()] ?? "slate"}>
        <Msg k={`members.status.${c.getValue()}`} />
      </Badge>
    ),
  }),
  helper.accessor("groupName", { id: "group", header: () => <Msg k="members.columns.group" /> }),
  helper.accessor("devices", {
    header: () => <Msg k="members.columns.devices" />,
    enableSorting: false,
    cell: (c) => <span className="tabular-nums">{c.getValue()}</span>,
  }),
  helper.accessor("lastSeenAt", {
    header: () => <Msg k="members.columns.lastSeenAt" />,
    cell: (c) => <DateTime iso={c.getValue()} fallback={<Msg k="members.never" />} />,
  }),
]);

export const HIDEABLE = ["email", "status", "group", "devices", "lastSeenAt"] as const;
