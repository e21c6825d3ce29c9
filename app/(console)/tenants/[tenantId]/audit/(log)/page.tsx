import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuditExplorer } from "@/components/audit/audit-explorer";
import { ExportButton } from "@/components/audit/export-button";
import { VerifyChainButton } from "@/components/audit/verify-chain-button";
import { DateTime } from "@/components/ui/date-time";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { explorerOptions } from "@/lib/audit/explorer/explorer-options";
import { filterOf, readExplorerQuery } from "@/lib/audit/explorer/explorer-query";
import { toRowView } from "@/lib/audit/explorer/to-row-view";
import { searchAuditEvents, searchAuditEventsSchema } from "@/lib/audit/explorer/search-audit-events";
import { db } from "@/lib/db";
import { zodFieldErrors } from "@/lib/operation/define-operation";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { createAuditExport } from "@/lib/audit/export/create-audit-export";
import { createExportSchedule } from "@/lib/audit/schedules/create-export-schedule";
import { verifyTenantAuditChain } from "@/lib/audit/verify-tenant-audit-chain";

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenantId } = await params;
  const { params: query, tz } = readExplorerQuery(await searchParams);
  const { ctx } = await requireCurrentUser();
  // A bad filter is shown beside its field, not as a missing page.
  const parsed = searchAuditEventsSchema.safeParse({ ...query, tenantId });
  const result = await runPage(searchAuditEvents, ctx, parsed.success ? parsed.data : { tenantId, pageSize: 10 });
  const t = await getTranslations("audit");
  const digest = await db.auditDigest.findFirst({ where: { tenantId }, orderBy: { number: "desc" } });
  // The exports page also holds the schedules, which tenant admins manage.
  const canExport = allows(ctx, createAuditExport, tenantId) || allows(ctx, createExportSchedule, tenantId);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="space-y-1">
          {allows(ctx, verifyTenantAuditChain, tenantId) && <VerifyChainButton tenantId={tenantId} />}
          <p className="text-xs text-slate-500" data-testid="latest-digest">
            {digest
              ? t.rich("latestDigest", {
                  number: digest.number,
                  seq: digest.lastSeq.toString(),
                  kid: digest.kid,
                  at: () => <DateTime iso={digest.periodEnd.toISOString()} />,
                })
              : t("noDigest")}
          </p>
        </div>
        {canExport && (
          <Link
            href={`/tenants/${tenantId}/audit/exports`}
            className="rounded-md px-3 py-2 text-sm text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50"
          >
            {t("exportsLink")}
          </Link>
        )}
      </div>
      <AuditExplorer
        page={
          parsed.success
            ? {
                ...result,
                rows: result.rows.map((r) => toRowView(r)),
              }
            : null
        }
        params={query}
        tz={tz}
        options={explorerOptions()}
        errors={parsed.success ? {} : zodFieldErrors(parsed.error)}
        toolbar={
          canExport && parsed.success ? <ExportButton tenantId={tenantId} filter={filterOf(query)} /> : undefined
        }
      />
    </div>
  );
}
