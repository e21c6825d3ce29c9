import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { StatCard } from "@/components/ui/stat-card";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { getOverview } from "@/lib/tenants/get-overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overview"))("title") };
}

const OUTCOME_TONE = { success: "green", denied: "red", failed: "amber" } as const;

export default async function OverviewPage() {
  const { ctx } = await requireCurrentUser();
  const [t, format, overview] = await Promise.all([getTranslations(), getFormatter(), getOverview(ctx, {})]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("overview.title")}</h1>
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard
          label={t("overview.tenants")}
          value={format.number(overview.tenants)}
          detail={t("overview.activeTenants", { count: overview.activeTenants })}
        />
        <StatCard label={t("overview.consoleUsers")} value={format.number(overview.consoleUsers)} />
        <StatCard label={t("overview.auditEvents")} value={format.number(overview.auditEvents)} />
      </div>
      <section aria-labelledby="recent-activity" className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <h2 id="recent-activity" className="border-b border-slate-200 px-5 py-3 font-medium">
          {t("overview.recentActivity")}
        </h2>
        {overview.recent.length === 0 ? (
          <p className="px-5 py-6 text-sm text-slate-500">{t("overview.noActivity")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {overview.recent.map((e) => (
              <li key={`${e.tenantId}:${e.seq}`} className="flex items-center gap-4 px-5 py-3 text-sm">
                <time dateTime={e.at.toISOString()} className="w-44 shrink-0 text-slate-500">
                  {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}
                </time>
                <code className="font-mono text-slate-800">{e.action}</code>
                <span className="truncate text-slate-500">{e.actorLabel}</span>
                <span className="ml-auto">
                  <Badge tone={OUTCOME_TONE[e.outcome]}>{t(`audit.outcome.${e.outcome}`)}</Badge>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
