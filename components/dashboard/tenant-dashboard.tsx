import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatCard } from "@/components/ui/stat-card";
import type { getDashboard } from "@/lib/dashboard/get-dashboard";
import { ChartCard } from "./chart-card";

type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/** The day after an ISO day, for "joined before" bounds. */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * A network's dashboard. Every figure links to the filtered list that shows
 * the same number; days, weeks and months are UTC, as the notes say.
 */
export const SPLIT_PERIODS = ["day", "week", "month"] as const;
export const SPLIT_DIMENSIONS = ["platform", "version", "group"] as const;
export type ActiveSplit = { period: (typeof SPLIT_PERIODS)[number]; by: (typeof SPLIT_DIMENSIONS)[number] };

export async function TenantDashboard({
  tenantId,
  data,
  split = { period: "month", by: "platform" },
}: {
  tenantId: string;
  data: Dashboard;
  split?: ActiveSplit;
}) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const n = (v: number) => format.number(v);
  const base = `/tenants/${tenantId}`;
  const members = (q: Record<string, string>) => `${base}/members?${new URLSearchParams(q)}`;
  const short = (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), { month: "short", day: "numeric", timeZone: "UTC" });
  const month = (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), { month: "short", year: "2-digit", timeZone: "UTC" });
  const today = data.activity?.days.at(-1);
  const week = data.activity?.weeks.at(-1);
  const thisMonth = data.activity?.months.at(-1);
  const regs = data.members?.registrations ?? [];
  const regTotal = regs.reduce((s, r) => s + r.members, 0);

  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {data.members && <StatCard label={t("members")} value={n(data.members.total)} href={`${base}/members`} />}
        {today && (
          <StatCard
            label={t("activeToday")}
            value={n(today.members)}
            detail={t("utcSince", { day: short(today.start) })}
            href={members({ seenAfter: today.start })}
          />
        )}
        {week && (
          <StatCard
            label={t("activeWeek")}
            value={n(week.members)}
            detail={t("utcSince", { day: short(week.start) })}
            href={members({ seenAfter: week.start })}
          />
        )}
        {thisMonth && (
          <StatCard
            label={t("activeMonth")}
            value={n(thisMonth.members)}
            detail={t("utcSince", { day: short(thisMonth.start) })}
            href={members({ seenAfter: thisMonth.start })}
          />
        )}
        {data.work.openImports !== null && (
          <StatCard label={t("openImports")} value={n(data.work.openImports)} href={`${base}/members/import`} />
        )}
        {data.work.openExports !== null && (
          <StatCard label={t("openExports")} value={n(data.work.openExports)} href={`${base}/audit/exports`} />
        )}
        {data.work.runningRetention !== null && (
          <StatCard label={t("runningRetention")} value={n(data.work.runningRetention)} href={`${base}/retention`} />
        )}
        {data.denied && (
          <StatCard
            label={t("denied")}
            value={data.denied.capped ? t("moreThan", { count: data.denied.count }) : n(data.denied.count)}
            detail={t("utcSince", { day: short(data.denied.since) })}
            href={`${base}/audit?${new URLSearchParams({ outcome: "denied", from: `${data.denied.since}T00:00:00Z`, tz: "UTC" })}`}
          />
        )}
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        {data.members && (
          <ChartCard
            title={t("byStatus")}
            empty={t("empty")}
            bars={data.members.byStatus.map((s) => ({
              label: t(`status.${s.status}`),
              value: s.members,
              href: members({ status: s.status }),
            }))}
            figures={data.members.byStatus.map((s) => ({
              label: t(`status.${s.status}`),
              value: n(s.members),
              href: members({ status: s.status }),
            }))}
          />
        )}
        {data.members && (
          <ChartCard
            title={t("registrations")}
            note={t("last30Utc")}
            empty={t("emptyRegistrations")}
            bars={regs.map((r) => ({
              label: short(r.day),
              value: r.members,
              href: members({ joinedAfter: r.day, joinedBefore: nextDay(r.day) }),
            }))}
            figures={[
              {
                label: t("inPeriod"),
                value: n(regTotal),
                href: regs.length
                  ? members({ joinedAfter: regs[0]!.day, joinedBefore: nextDay(regs.at(-1)!.day) })
                  : undefined,
              },
            ]}
          />
        )}
        {data.activity && (
          <ChartCard
            title={t("activeByDay")}
            note={t("activeNote")}
            empty={t("emptyActivity")}
            bars={data.activity.days.map((d) => ({ label: short(d.start), value: d.members }))}
            figures={[]}
          />
        )}
        {data.activity && (
          <ChartCard
            title={t("activeByWeekMonth")}
            note={t("activeNote")}
            empty={t("emptyActivity")}
            bars={[
              ...data.activity.weeks.map((w) => ({ label: t("weekOf", { day: short(w.start) }), value: w.members })),
            ]}
            figures={data.activity.months
              .filter((m) => m.members > 0)
              .map((m) => ({ label: month(m.start), value: n(m.members) }))}
          />
        )}
        {data.activity && (
          <ActiveSplitCard tenantId={tenantId} split={split} data={data.activity.split[split.period]} />
        )}
        {data.devices && (
          <ChartCard
            title={t("byPlatform")}
            note={t("activeDevices")}
            empty={t("emptyDevices")}
            bars={data.devices.byPlatform.map((p) => ({
              label: t(`platform.${p.platform}`),
              value: p.devices,
              href: `${base}/devices?platform=${p.platform}`,
            }))}
            figures={data.devices.byPlatform.map((p) => ({
              label: t(`platform.${p.platform}`),
              value: n(p.devices),
              href: `${base}/devices?platform=${p.platform}`,
            }))}
          />
        )}
        {data.devices && (
          <ChartCard
            title={t("byVersion")}
            note={t("activeDevices")}
            empty={t("emptyDevices")}
            bars={data.devices.byVersion.slice(0, 10).map((v) => ({
              label: v.version,
              value: v.devices,
              href: `${base}/devices?${new URLSearchParams({ appVersion: v.version })}`,
            }))}
            figures={data.devices.byVersion.slice(0, 10).map((v) => ({
              label: v.version,
              value: n(v.devices),
              href: `${base}/devices?${new URLSearchParams({ appVersion: v.version })}`,
            }))}
          />
        )}
        {data.federation && (
          <ChartCard
            title={t("partners")}
            empty={t("emptyPartners")}
            bars={data.federation.byStatus.map((p) => ({
              label: t(`partnerStatus.${p.status}`),
              value: p.partners,
              href: `${base}/federation?status=${p.status}`,
            }))}
            figures={data.federation.byStatus.map((p) => ({
              label: t(`partnerStatus.${p.status}`),
              value: n(p.partners),
              href: `${base}/federation?status=${p.status}`,
            }))}
          />
        )}
        {data.members && (
          <ChartCard
            title={t("coverage")}
            note={t("coverageNote")}
            empty={t("empty")}
            bars={data.members.byGroup.slice(0, 10).map((g) => ({
              label: g.name,
              value: g.members,
              href: members({ groupId: g.groupId }),
            }))}
            figures={[
              ...data.members.byGroup.slice(0, 10).map((g) => ({
                label: t("groupLifetime", { name: g.name, days: Math.round(g.lifetimeMinutes / 1440) }),
                value: n(g.members),
                href: members({ groupId: g.groupId }),
              })),
              ...(data.holds ?? []).map((h) => ({
                label: t("holdCovers", { name: h.name }),
                value: n(h.members),
                href: members({ holdId: h.holdId }),
              })),
            ]}
          />
        )}
      </div>
    </div>
  );
}

/**
 * Who was active in the current day, week or month, split by platform, client
 * version or group. Each figure opens the member directory on the same
 * question: members with a device of that platform (or version) seen since the
 * period began, or members of that group seen since then.
 */
async function ActiveSplitCard({
  tenantId,
  split,
  data,
}: {
  tenantId: string;
  split: ActiveSplit;
  data: NonNullable<Dashboard["activity"]>["split"]["day"];
}) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const base = `/tenants/${tenantId}`;
  const members = (q: Record<string, string>) => `${base}/members?${new URLSearchParams(q)}`;
  const rows =
    split.by === "platform"
      ? data.platform.map((r) => ({
          label: t(`platform.${r.platform}`),
          value: r.members,
          href: members({ devicePlatform: r.platform, deviceSeenAfter: data.start }),
        }))
      : split.by === "version"
        ? data.version.slice(0, 10).map((r) => ({
            label: r.version,
            value: r.members,
            href: members({ deviceVersion: r.version, deviceSeenAfter: data.start }),
          }))
        : data.group.map((r) => ({
            label: r.name ?? t("deletedGroup"),
            value: r.members,
            href: r.name ? members({ groupId: r.groupId, seenAfter: data.start }) : undefined,
          }));
  const since = format.dateTime(new Date(`${data.start}T00:00:00Z`), {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
  const choice = (next: Partial<ActiveSplit>, label: string, current: boolean) => (
    <Link
      key={label}
      href={`${base}?${new URLSearchParams({ active: next.period ?? split.period, by: next.by ?? split.by })}`}
      scroll={false}
      aria-current={current ? "true" : undefined}
      className={`rounded px-2 py-0.5 ${current ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
  return (
    <ChartCard
      title={t(`activeBy.${split.by}`)}
      note={t(`activeSplitNote.${split.period}`, { day: since })}
      empty={t("emptyActivity")}
      bars={rows.map((r) => ({ label: r.label, value: r.value, href: r.href }))}
      figures={rows.map((r) => ({ label: r.label, value: format.number(r.value), href: r.href }))}
      controls={
        <div className="flex flex-col items-end gap-1 text-xs">
          <nav aria-label={t("splitPeriod")} className="flex gap-1">
            {SPLIT_PERIODS.map((p) => choice({ period: p }, t(`splitPeriods.${p}`), p === split.period))}
          </nav>
          <nav aria-label={t("splitBy")} className="flex gap-1">
            {SPLIT_DIMENSIONS.map((d) => choice({ by: d }, t(`splitDims.${d}`), d === split.by))}
          </nav>
        </div>
      }
    />
  );
}
