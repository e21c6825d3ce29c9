"use client";

import { useTranslations } from "next-intl";
import { ProgressBar } from "@/components/ui/progress-bar";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { verifyExportAction } from "@/lib/actions/audit/verify-export-action";
import { SimpleTable } from "@/components/ui/simple-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

export interface ExportRow {
  id: string;
  format: "csv" | "jsonl";
  status: "queued" | "running" | "completed" | "failed";
  filter: Record<string, string>;
  requestedBy: string;
  totalRows: number | null;
  rowsWritten: number;
  fileName: string | null;
  bytes: number | null;
  sha256: string | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

const TONE = { queued: "slate", running: "blue", completed: "green", failed: "red" } as const;

function VerifyExport({ tenantId, exportId }: { tenantId: string; exportId: string }) {
  const t = useTranslations("audit.exports");
  const [state, onSubmit, pending] = useFormAction(verifyExportAction);
  const v = state?.ok
    ? (state.value as { ok: boolean; rows: number; firstBadSeq?: string | null; reason?: string })
    : null;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="exportId" value={exportId} />
      <Button type="submit" variant="ghost" disabled={pending} className="px-2 py-1">
        {t("verify")}
      </Button>
      <FormMessage state={state} />
      {v && (
        <span role="status" className={`text-xs ${v.ok ? "text-emerald-700" : "font-medium text-red-700"}`}>
          {v.ok
            ? t("verifyOk", { rows: v.rows })
            : t("verifyBroken", { seq: v.firstBadSeq ?? "—", reason: v.reason ?? "" })}
        </span>
      )}
    </form>
  );
}

/** The network's exports: progress while they run (the page refreshes), then downloads and a verify button. */
export function AuditExports({
  tenantId,
  exports,
  canVerify,
}: {
  tenantId: string;
  exports: ExportRow[];
  canVerify: boolean;
}) {
  const t = useTranslations("audit.exports");
  const router = useRouter();
  const active = exports.some((e) => e.status === "queued" || e.status === "running");
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [active, router]);
  const base = `/tenants/${tenantId}/audit/exports`;
  return (
    <section aria-labelledby="exports-title" className="space-y-3">
      <div>
        <h2 id="exports-title" className="font-medium">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">{t("hint")}</p>
      </div>
      <SimpleTable
        headings={(["requested", "filter", "status", "progress", "file", "actions"] as const).map((c) =>
          t(`columns.${c}`),
        )}
        empty={t("empty")}
        isEmpty={exports.length === 0}
      >
        {exports.map((e) => {
          return (
            <tr key={e.id} data-testid={`export-${e.id}`}>
              <td className="px-4 py-2.5 whitespace-nowrap">
                <DateTime iso={e.createdAt} />
                <div className="text-xs text-slate-500">{e.requestedBy}</div>
              </td>
              <td className="max-w-xs px-4 py-2.5 font-mono text-xs break-all text-slate-600">
                {Object.keys(e.filter).length
                  ? Object.entries(e.filter)
                      .map(([k, v]) => `${k}=${v}`)
                      .join(" ")
                  : t("everything")}
              </td>
              <td className="px-4 py-2.5">
                <Badge tone={TONE[e.status]}>{t(`status.${e.status}`)}</Badge>
                {e.error && <div className="mt-1 max-w-xs text-xs text-red-700">{e.error}</div>}
              </td>
              <td className="px-4 py-2.5">
                <ProgressBar
                  done={e.rowsWritten}
                  total={e.totalRows ?? 0}
                  label={t("progressLabel")}
                  figures={t("rows", { written: e.rowsWritten, total: e.totalRows ?? 0 })}
                  running={e.status === "running"}
                  complete={e.status === "completed"}
                />
              </td>
              <td className="px-4 py-2.5 text-xs">
                {e.status === "completed" && e.fileName ? (
                  <div className="space-y-1">
                    <a href={`${base}/${e.id}/file`} className="font-medium text-brand-700 hover:underline" download>
                      {e.fileName}
                    </a>
                    <div className="text-slate-500 tabular-nums" title={e.sha256 ?? undefined}>
                      {t("fileMeta", { bytes: e.bytes ?? 0, sha: e.sha256?.slice(0, 12) ?? "" })}
                    </div>
                    <a href={`${base}/${e.id}/manifest`} className="text-brand-700 hover:underline" download>
                      {t("manifest")}
                    </a>
                  </div>
                ) : null}
              </td>
              <td className="px-4 py-2.5">
                {canVerify && e.status === "completed" && <VerifyExport tenantId={tenantId} exportId={e.id} />}
              </td>
            </tr>
          );
        })}
      </SimpleTable>
    </section>
  );
}
