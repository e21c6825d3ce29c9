import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuditExports } from "@/components/audit/audit-exports";
import { ExportSchedules } from "@/components/audit/export-schedules";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { exportTargetsRoot } from "@/lib/audit/export/export-paths";
import { listAuditExports } from "@/lib/audit/export/list-audit-exports";
import { listExportSchedules } from "@/lib/audit/schedules/manage-export-schedules";
import { runPage } from "@/lib/operation/run-page";
import { can } from "@/lib/rbac/actor";

export default async function AuditExportsPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const { ctx } = await requireCurrentUser();
  const [exports, schedules, t] = await Promise.all([
    runPage(listAuditExports, ctx, { tenantId }),
    runPage(listExportSchedules, ctx, { tenantId }),
    getTranslations("audit"),
  ]);
  return (
    <div className="space-y-8">
      <Link href={`/tenants/${tenantId}/audit`} className="text-sm text-brand-700 hover:underline">
        {t("backToLog")}
      </Link>
      <AuditExports tenantId={tenantId} exports={exports} canVerify={can(ctx.actor, "audit.verify", tenantId)} />
      <ExportSchedules
        tenantId={tenantId}
        targetsRoot={exportTargetsRoot()}
        schedules={schedules.map((s) => ({
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
