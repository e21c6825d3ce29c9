import { getFormatter, getTranslations } from "next-intl/server";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { runPage } from "@/lib/operation/run-page";
import { getTenant } from "@/lib/tenants/get-tenant";

export default async function TenantOverviewPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const { ctx } = await requireCurrentUser();
  const [tenant, t, format] = await Promise.all([
    runPage(getTenant, ctx, { tenantId }),
    getTranslations(),
    getFormatter(),
  ]);
  const rows: [string, string][] = [
    [t("tenant.slug"), tenant.slug],
    [t("tenant.plan"), t(`tenants.plan.${tenant.plan}`)],
    [t("tenant.status"), t(`tenants.status.${tenant.status}`)],
    [t("tenant.requireMfa"), tenant.requireMfa ? t("tenant.yes") : t("tenant.no")],
    [t("tenant.created"), format.dateTime(tenant.createdAt, { dateStyle: "long" })],
  ];
  return (
    <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-8 gap-y-3 rounded-lg bg-white p-6 text-sm shadow-sm ring-1 ring-slate-200">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-slate-500">{k}</dt>
          <dd className="font-medium text-slate-900">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
