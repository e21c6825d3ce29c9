import { getFormatter, getTranslations } from "next-intl/server";
import { ChangeHistory } from "@/components/tenant/change-history";
import { ManageTenant } from "@/components/tenant/manage-tenant";
import {
  type ActiveSplit,
  SPLIT_DIMENSIONS,
  SPLIT_PERIODS,
  TenantDashboard,
} from "@/components/dashboard/tenant-dashboard";
import { listChangeHistory } from "@/lib/audit/list-change-history";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { updateTenant } from "@/lib/tenants/update-tenant";
import { getTenant } from "@/lib/tenants/get-tenant";
import { REGIONS } from "@/lib/tenants/tenant-input";
import { card } from "@/components/ui/card";
import Link from "next/link";
import { getMessagingStatus } from "@/lib/connector/get-messaging-status";

export default async function TenantOverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenantId } = await params;
  // The active-members split shown: from the URL, a value it does not know falls back to this month by platform.
  const raw = await searchParams;
  const split: ActiveSplit = {
    period: SPLIT_PERIODS.find((p) => p === raw.active) ?? "month",
    by: SPLIT_DIMENSIONS.find((d) => d === raw.by) ?? "platform",
  };
  const { ctx } = await requireCurrentUser();
  const [tenant, dashboard, t, format] = await Promise.all([
    runPage(getTenant, ctx, { tenantId }),
    runPage(getDashboard, ctx, { tenantId }),
    getTranslations(),
    getFormatter(),
  ]);
  const history = allows(ctx, listChangeHistory, tenantId)
    ? await runPage(listChangeHistory, ctx, { tenantId, targetType: "tenant", targetId: tenantId, limit: 10 })
    : null;
  const rows: [string, string][] = [
    [t("tenant.slug"), tenant.slug],
    [t("tenant.plan"), t(`tenants.plan.${tenant.plan}`)],
    ...(tenant.trialEndsAt
      ? ([[t("tenant.trialEndsAt"), format.dateTime(tenant.trialEndsAt, { dateStyle: "long" })]] as [string, string][])
      : []),
    [t("tenant.region"), tenant.region],
    [t("tenant.xmppDomain"), tenant.xmppDomain ?? t("tenant.noXmppDomain")],
    [t("tenant.status"), t(`tenants.status.${tenant.status}`)],
    [t("tenant.requireMfa"), tenant.requireMfa ? t("tenant.yes") : t("tenant.no")],
    [t("tenant.created"), format.dateTime(tenant.createdAt, { dateStyle: "long" })],
  ];
  const canManage = allows(ctx, updateTenant, tenantId);
  const messaging = allows(ctx, getMessagingStatus, tenantId)
    ? await runPage(getMessagingStatus, ctx, { tenantId })
    : null;
  return (
    <div className="space-y-8">
      {messaging?.outOfSync && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-3 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-600/20"
        >
          <span>{messaging.connected ? t("messaging.dashboardOutOfSync") : t("messaging.dashboardDisconnected")}</span>
          <Link href={`/tenants/${tenantId}/messaging`} className="font-medium underline">
            {t("messaging.open")}
          </Link>
        </div>
      )}
      <TenantDashboard tenantId={tenantId} data={dashboard} split={split} />
      <dl className={card("grid max-w-2xl grid-cols-[max-content_1fr] gap-x-8 gap-y-3 p-6 text-sm")}>
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-500">{k}</dt>
            <dd className="font-medium text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
      {canManage && (
        <ManageTenant
          tenant={{
            id: tenant.id,
            slug: tenant.slug,
            name: tenant.name,
            plan: tenant.plan,
            trialEndsAt: tenant.trialEndsAt?.toISOString() ?? null,
            region: tenant.region,
            xmppDomain: tenant.xmppDomain,
            status: tenant.status,
          }}
          regions={[...REGIONS]}
        />
      )}
      {history && (
        <ChangeHistory
          entries={history.rows}
          more={history.next ? { tenantId, targetType: "tenant", targetId: tenantId } : null}
        />
      )}
    </div>
  );
}
