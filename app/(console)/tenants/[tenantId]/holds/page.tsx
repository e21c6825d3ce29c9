import { getFormatter, getTranslations } from "next-intl/server";
import { CreateHoldForm } from "@/components/holds/create-hold-form";
import { ReleaseHoldButton } from "@/components/holds/release-hold-button";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { CursorLinks } from "@/components/ui/cursor-links";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { listGroups } from "@/lib/groups/list-groups";
import { HOLD_STATUSES, listLegalHolds } from "@/lib/holds/list-legal-holds";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { createLegalHold } from "@/lib/holds/create-legal-hold";
import { card } from "@/components/ui/card";

export default async function HoldsPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<{ status?: string; after?: string; before?: string }>;
}) {
  const { tenantId } = await params;
  const query = await searchParams;
  const status = HOLD_STATUSES.find((s) => s === query.status) ?? "all";
  const { ctx } = await requireCurrentUser();
  const page = await runPage(listLegalHolds, ctx, { tenantId, status, after: query.after, before: query.before });
  const holds = page.rows;
  const canWrite = allows(ctx, createLegalHold, tenantId);
  const groups =
    canWrite && allows(ctx, listGroups, tenantId)
      ? (await runPage(listGroups, ctx, { tenantId, limit: 500 })).rows
      : [];
  const [t, format] = await Promise.all([getTranslations("holds"), getFormatter()]);
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      {canWrite && <CreateHoldForm tenantId={tenantId} groups={groups.map((g) => ({ id: g.id, name: g.name }))} />}
      <nav aria-label={t("filter")} className="flex gap-2 text-sm">
        {HOLD_STATUSES.map((s) => (
          <Link
            key={s}
            href={`?${new URLSearchParams({ status: s })}`}
            aria-current={s === status ? "page" : undefined}
            className={
              s === status
                ? "rounded-md bg-brand-600 px-3 py-1 font-medium text-on-brand"
                : "rounded-md px-3 py-1 text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
            }
          >
            {t(`statuses.${s}`)}
          </Link>
        ))}
      </nav>
      {holds.length === 0 ? (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <div className={card("overflow-x-auto relative")}>
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
              <tr>
                {(["name", "matter", "custodians", "started", "ends", "status"] as const).map((c) => (
                  <th key={c} scope="col" className="px-4 py-2.5">
                    {t(`columns.${c}`)}
                  </th>
                ))}
                {canWrite && <th scope="col" className="px-4 py-2.5" />}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {holds.map((h) => (
                <tr key={h.id}>
                  <td className="px-4 py-2.5 font-medium">{h.name}</td>
                  <td className="px-4 py-2.5">{h.matter}</td>
                  <td className="px-4 py-2.5">{t("custodians", { members: h.members, groups: h.groups })}</td>
                  <td className="px-4 py-2.5">{format.dateTime(h.startsAt, { dateStyle: "medium" })}</td>
                  <td className="px-4 py-2.5">
                    {h.endsAt ? format.dateTime(h.endsAt, { dateStyle: "medium" }) : t("noEnd")}
                  </td>
                  <td className="px-4 py-2.5">
                    <Badge tone={h.releasedAt ? "slate" : "amber"}>{h.releasedAt ? t("released") : t("active")}</Badge>
                  </td>
                  {canWrite && (
                    <td className="px-4 py-2.5">
                      {!h.releasedAt && (
                        <ReleaseHoldButton
                          tenantId={tenantId}
                          hold={{ id: h.id, name: h.name, matter: h.matter, releaseImpact: h.releaseImpact }}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <CursorLinks next={page.next} prev={page.prev} hrefFor={(p) => `?${new URLSearchParams({ status, ...p })}`} />
        </div>
      )}
    </div>
  );
}
