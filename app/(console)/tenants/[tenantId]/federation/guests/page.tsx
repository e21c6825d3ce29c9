import { getFormatter, getTranslations } from "next-intl/server";
import { GuestBlockButton } from "@/components/federation/guest-block-button";
import { Badge } from "@/components/ui/badge";
import { CursorLinks } from "@/components/ui/cursor-links";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { SimpleTable } from "@/components/ui/simple-table";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { listGuests } from "@/lib/federation/list-guests";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { blockGuest } from "@/lib/federation/block-guest";

const TONE = { current: "green", lapsed: "slate", blocked: "red" } as const;
const STATUSES = ["all", "current", "lapsed", "blocked"] as const;

export default async function GuestsPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<{ status?: string; q?: string; after?: string; before?: string }>;
}) {
  const { tenantId } = await params;
  const query = await searchParams;
  const status = STATUSES.find((s) => s === query.status) ?? "all";
  const { ctx } = await requireCurrentUser();
  const result = await runPage(listGuests, ctx, {
    tenantId,
    status,
    q: (query.q ?? "").slice(0, 200),
    after: query.after,
    before: query.before,
  });
  const canWrite = allows(ctx, blockGuest, tenantId);
  const [t, format] = await Promise.all([getTranslations("federation.guests"), getFormatter()]);
  const href = (page: { after?: string; before?: string }) =>
    `?${new URLSearchParams({ status: status ?? "all", q: query.q ?? "", ...page })}`;
  return (
    <div className="space-y-4">
      <p className="max-w-3xl text-sm text-slate-600">{t("intro", { days: result.guestLapseDays })}</p>
      <form className="flex flex-wrap items-end gap-3" role="search" aria-label={t("filters")}>
        <div>
          <label htmlFor="guest-status" className="mb-1 block text-sm font-medium text-slate-700">
            {t("status")}
          </label>
          <Select id="guest-status" name="status" defaultValue={status} className="w-40">
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`states.${s}`)}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="guest-q" className="mb-1 block text-sm font-medium text-slate-700">
            {t("search")}
          </label>
          <input
            id="guest-q"
            name="q"
            defaultValue={query.q ?? ""}
            className="block w-64 rounded-md border-0 px-3 py-1.5 text-sm shadow-sm ring-1 ring-slate-300 ring-inset"
          />
        </div>
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </form>
      <SimpleTable
        headings={(["guest", "network", "lastContact", "state", "actions"] as const).map((c) => t(`columns.${c}`))}
        empty={t("empty")}
        isEmpty={result.rows.length === 0}
        footer={<CursorLinks total={result.total} next={result.next} prev={result.prev} hrefFor={href} />}
      >
        {result.rows.map((g) => (
          <tr key={g.id}>
            <td className="px-4 py-2.5">
              <div className="font-medium">{g.displayName || g.externalId}</div>
              <div className="font-mono text-xs text-slate-500">{g.externalId}</div>
            </td>
            <td className="px-4 py-2.5 font-mono text-xs">{g.network}</td>
            <td className="px-4 py-2.5 whitespace-nowrap">
              {format.dateTime(g.lastContactAt, { dateStyle: "medium", timeStyle: "short" })}
            </td>
            <td className="px-4 py-2.5">
              <Badge tone={TONE[g.state]}>{t(`states.${g.state}`)}</Badge>
            </td>
            <td className="px-4 py-2.5">
              {canWrite && (
                <GuestBlockButton
                  tenantId={tenantId}
                  guest={{
                    id: g.id,
                    name: g.displayName || g.externalId,
                    network: g.network,
                    blocked: g.state === "blocked",
                  }}
                />
              )}
            </td>
          </tr>
        ))}
      </SimpleTable>
    </div>
  );
}
