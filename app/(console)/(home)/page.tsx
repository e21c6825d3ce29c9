import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/dashboard/bar-chart";
import { Badge } from "@/components/ui/badge";
import { StatCard } from "@/components/ui/stat-card";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { getOverview } from "@/lib/tenants/get-overview";
import { card } from "@/components/ui/card";

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
      {overview.networks.length > 0 && (
        <section aria-labelledby="networks-glance" className={card()}>
          <h2 id="networks-glance" className="border-b border-slate-200 px-5 py-3 font-medium">
            {t("overview.glance")}
          </h2>
          <p className="px-5 pt-3 text-xs text-slate-500">{t("overview.glanceNote")}</p>
          <div className="px-5 pt-3 text-slate-600">
            <BarChart
              label={t("overview.membersByNetwork")}
              bars={overview.networks.slice(0, 12).map((n) => ({
                label: n.name,
                value: n.members,
                href: `/tenants/${n.id}`,
              }))}
            />
          </div>
          <div className="relative overflow-x-auto">
            <table className="min-w-full text-sm">
              <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
                <tr>
                  {(["network", "members", "active", "pending", "activeToday", "devices"] as const).map((c) => (
                    <th key={c} scope="col" className="px-5 py-2.5">
                      {t(`overview.columns.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {overview.networks.map((n) => {
                  const members = (q: Record<string, string>) => `/tenants/${n.id}/members?${new URLSearchParams(q)}`;
                  const cell = (value: number, href: string, what: string) => (
                    <td className="px-5 py-2.5 tabular-nums">
                      <Link
                        href={href}
                        className="text-brand-700 hover:underline"
                        aria-label={`${n.name}, ${what}: ${value}`}
                      >
                        {format.number(value)}
                      </Link>
                    </td>
                  );
                  return (
                    <tr key={n.id}>
                      <td className="px-5 py-2.5">
                        <Link href={`/tenants/${n.id}`} className="font-medium text-brand-700 hover:underline">
                          {n.name}
                        </Link>
                        {n.status === "suspended" && (
                          <span className="ml-2">
                            <Badge tone="red">{t("tenants.status.suspended")}</Badge>
                          </span>
                        )}
                      </td>
                      {cell(n.members, members({}), t("overview.columns.members"))}
                      {cell(n.active, members({ status: "active" }), t("overview.columns.active"))}
                      {cell(n.pending, members({ status: "pending" }), t("overview.columns.pending"))}
                      {cell(n.activeToday, members({ seenAfter: overview.today }), t("overview.columns.activeToday"))}
                      {cell(n.devices, `/tenants/${n.id}/devices`, t("overview.columns.devices"))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <section aria-labelledby="recent-activity" className={card()}>
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
