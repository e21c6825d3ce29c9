"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { useFormatter } from "next-intl";
import Link from "next/link";
import { createContext, use } from "react";
import type { ServerTableFeatures } from "@/components/data-table/table-features";
import { Badge } from "@/components/ui/badge";
import { Msg } from "@/components/ui/msg";

export interface AuditRowView {
  tenantId: string;
  /** The network's name, in the operator's view across networks. */
  network: string;
  seq: string;
  at: string;
  actor: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: "success" | "denied" | "failed";
  ip: string | null;
}

/** The zone times are shown in, and where an event's page is (per network; the platform chain has none). */
export const ExplorerContext = createContext<{ tz: string; eventHref: (r: AuditRowView) => string | null }>({
  tz: "UTC",
  eventHref: () => null,
});

function ZonedTime({ iso }: { iso: string }) {
  const { tz } = use(ExplorerContext);
  const format = useFormatter();
  return (
    <time dateTime={iso} className="whitespace-nowrap tabular-nums">
      {format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "medium", timeZone: tz })}
    </time>
  );
}

function SeqCell({ row }: { row: AuditRowView }) {
  const href = use(ExplorerContext).eventHref(row);
  const text = <span className="font-mono tabular-nums">{row.seq}</span>;
  return href ? (
    <Link href={href} className="text-brand-700 hover:underline">
      {text}
    </Link>
  ) : (
    text
  );
}

// UUIDv7 ids share their leading (time) digits: the tail tells them apart; the whole id is in the title.
function TargetCell({ row }: { row: AuditRowView }) {
  if (!row.targetType) return null;
  const short = `${row.targetType}:…${(row.targetId ?? "").slice(-8)}`;
  return (
    <span className="font-mono text-xs text-slate-600" title={row.targetId ?? undefined}>
      {short}
    </span>
  );
}

const TONE = { success: "green", denied: "red", failed: "amber" } as const;
const helper = createColumnHelper<ServerTableFeatures, AuditRowView>();

const NETWORK = helper.accessor("network", {
  header: () => <Msg k="audit.columns.network" />,
  enableSorting: false,
});

// Module scope, so the definitions are stable across renders (see components/ui/msg.tsx).
export const AUDIT_COLUMNS = helper.columns([
  helper.accessor("seq", {
    header: () => <Msg k="audit.columns.seq" />,
    enableSorting: false,
    cell: (c) => <SeqCell row={c.row.original} />,
  }),
  helper.accessor("at", { header: () => <Msg k="audit.columns.at" />, cell: (c) => <ZonedTime iso={c.getValue()} /> }),
  helper.accessor("actor", { header: () => <Msg k="audit.columns.actor" />, enableSorting: false }),
  helper.accessor("action", {
    header: () => <Msg k="audit.columns.action" />,
    enableSorting: false,
    cell: (c) => <span className="font-mono text-xs">{c.getValue()}</span>,
  }),
  helper.accessor("targetId", {
    header: () => <Msg k="audit.columns.target" />,
    enableSorting: false,
    cell: (c) => <TargetCell row={c.row.original} />,
  }),
  helper.accessor("outcome", {
    header: () => <Msg k="audit.columns.outcome" />,
    enableSorting: false,
    cell: (c) => (
      <Badge tone={TONE[c.getValue()]}>
        <Msg k={`audit.outcome.${c.getValue()}`} />
      </Badge>
    ),
  }),
  helper.accessor("ip", {
    header: () => <Msg k="audit.columns.ip" />,
    enableSorting: false,
    cell: (c) => <span className="font-mono text-xs">{c.getValue()}</span>,
  }),
]);

/** The operator's view across networks leads with the network. */
export const AUDIT_COLUMNS_ACROSS = helper.columns([NETWORK, ...AUDIT_COLUMNS]);
