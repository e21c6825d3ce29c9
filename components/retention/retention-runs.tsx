"use client";

import { useTranslations } from "next-intl";
import { ProgressBar } from "@/components/ui/progress-bar";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { startRetentionRunAction } from "@/lib/actions/retention/start-retention-run-action";
import { SimpleTable } from "@/components/ui/simple-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

export interface RunRow {
  id: string;
  trigger: string;
  status: "queued" | "running" | "completed" | "failed";
  total: number;
  done: number;
  membersDeleted: number;
  devicesDeleted: number;
  auditEventsDeleted: number;
  heldMembersSkipped: number;
  policyVersion: number;
  createdAt: string;
  finishedAt: string | null;
  receiptSeq: string | null;
  error: string | null;
}

const TONE = { queued: "slate", running: "blue", completed: "green", failed: "red" } as const;

/** The enforcement job's runs: start one, watch its progress (the page refreshes while one is going), read its receipt. */
export function RetentionRuns({ tenantId, runs, canRun }: { tenantId: string; runs: RunRow[]; canRun: boolean }) {
  const t = useTranslations("retention.runs");
  const router = useRouter();
  const [state, onSubmit, pending] = useFormAction(startRetentionRunAction);
  const active = runs.some((r) => r.status === "queued" || r.status === "running");
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), 1500);
    return () => clearInterval(timer);
  }, [active, router]);
  return (
    <section aria-labelledby="retention-runs" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="retention-runs" className="font-medium">
            {t("title")}
          </h2>
          <p className="text-sm text-slate-600">{t("hint")}</p>
        </div>
        {canRun && (
          <form onSubmit={onSubmit} className="flex items-center gap-3">
            <input type="hidden" name="tenantId" value={tenantId} />
            <FormMessage state={state} success={t("started")} />
            <Button type="submit" disabled={pending || active}>
              {t("runNow")}
            </Button>
          </form>
        )}
      </div>
      <SimpleTable
        headings={(["started", "trigger", "status", "progress", "deleted", "receipt"] as const).map((c) =>
          t(`columns.${c}`),
        )}
        empty={t("empty")}
        isEmpty={runs.length === 0}
      >
        {runs.map((r) => {
          return (
            <tr key={r.id} data-run={r.id}>
              <td className="px-4 py-2 whitespace-nowrap">
                <DateTime iso={r.createdAt} />
              </td>
              <td className="px-4 py-2">{t(`triggers.${r.trigger === "schedule" ? "schedule" : "manual"}`)}</td>
              <td className="px-4 py-2">
                <Badge tone={TONE[r.status]}>{t(`statuses.${r.status}`)}</Badge>
                {r.error && <p className="mt-1 max-w-xs text-xs text-red-700">{r.error}</p>}
              </td>
              <td className="px-4 py-2">
                <ProgressBar
                  done={r.done}
                  total={r.total}
                  label={t("columns.progress")}
                  figures={t("progress", { done: r.done, total: r.total })}
                  running={r.status === "running"}
                  complete={r.status === "completed"}
                  className="w-28"
                />
              </td>
              <td className="px-4 py-2 text-xs text-slate-700">
                {t("deleted", {
                  members: r.membersDeleted,
                  devices: r.devicesDeleted,
                  events: r.auditEventsDeleted,
                  held: r.heldMembersSkipped,
                })}
              </td>
              <td className="px-4 py-2">
                {r.receiptSeq ? (
                  <Link href={`/tenants/${tenantId}/audit/${r.receiptSeq}`} className="text-blue-700 hover:underline">
                    {t("receipt", { seq: r.receiptSeq })}
                  </Link>
                ) : (
                  <span className="text-slate-400">{t("noReceipt")}</span>
                )}
              </td>
            </tr>
          );
        })}
      </SimpleTable>
    </section>
  );
}
