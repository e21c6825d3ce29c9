import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuditExports } from "@/components/audit/audit-exports";
import { CursorLinks } from "@/components/ui/cursor-links";
import { ExportSchedules } from "@/components/audit/export-schedules";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { exportTargetsRoot } from "@/lib/audit/export/export-paths";
import { listAuditExports } from "@/lib/audit/export/list-audit-exports";
import { listExportSchedules } from "@/lib/audit/schedules/list-export-schedules";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { createAuditExport } from "@/lib/audit/export/create-audit-export";
import { verifyStoredExport } from "@/lib/audit/export/verify-stored-export";
import { createExportSchedule } from "@/lib/audit/schedules/create-export-schedule";

export default async function AuditExportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<{ after?: string; before?: string }>;
}) {
  const { tenantId } = await params;
  const { after, before } = await searchParams;
  const { ctx } = await requireCurrentUser();
  // Whoever reads the log sees the schedules; exports need audit.export (tenant
  // admins manage schedules but export nothing themselves).
  const canExport = allows(ctx, createAuditExport, tenantId);
  const [exports, schedules, t] = await Promise.all([
    canExport ? runPage(listAuditExports, ctx, { tenantId, after, before }) : null,
    // A network has a handful of schedules: one page of the most a page may hold.
    runPage(listExportSchedules, ctx, { tenantId, limit: 500 }),
    getTranslations("audit"),
  ]);
  return (
    <div className="space-y-8">
      <Link href={`/tenants/${tenantId}/audit`} className="text-sm text-brand-700 hover:underline">
        {t("backToLog")}
      </Link>
      {exports && (
        <>
          <AuditExports
            tenantId={tenantId}
            exports={exports.rows}
            canVerify={allows(ctx, verifyStoredExport, tenantId)}
          />
          <CursorLinks next={exports.next} prev={exports.prev} hrefFor={(p) => `?${new URLSearchParams(p)}`} />
        </>
      )}
      <ExportSchedules
        tenantId={tenantId}
        canManage={allows(ctx, createExportSchedule, tenantId)}
        targetsRoot={exportTargetsRoot()}
        schedules={schedules.rows.map((s) => ({
          id: s.id,
          name: s.name,
          format: s.format,
          cadence: s.cadence,
          target: s.target,
          keepDays: s.keepDays,
          filter: s.filter as Record<string, string>,
          nextRunAt: s.nextRunAt.toISOString(),
          lastRunAt: s.lastRunAt?.toISOString() ?? null,
        }))}
      />
    </div>
  );
}
