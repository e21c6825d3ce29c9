import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AddPartnerForm } from "@/components/federation/add-partner-form";
import { FederationSettingsForm } from "@/components/federation/federation-settings-form";
import { LinkActions } from "@/components/federation/link-actions";
import { RequestPartnershipForm } from "@/components/federation/request-partnership-form";
import { StatusBadge } from "@/components/federation/status-badge";
import { CursorLinks } from "@/components/ui/cursor-links";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { listFederation } from "@/lib/federation/list-federation";
import { PartnerStatus } from "@/lib/generated/prisma/enums";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { addPartner } from "@/lib/federation/add-partner";
import { card } from "@/components/ui/card";

export default async function FederationPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<{ status?: string; after?: string; before?: string }>;
}) {
  const { tenantId } = await params;
  const { after, before, ...query } = await searchParams;
  const status = Object.values(PartnerStatus).find((s) => s === query.status);
  const { ctx } = await requireCurrentUser();
  const federation = await runPage(listFederation, ctx, { tenantId, status, after, before });
  const canWrite = allows(ctx, addPartner, tenantId);
  const t = await getTranslations("federation");
  const link = (p: { id: string; displayName: string }) => (
    <Link href={`/tenants/${tenantId}/federation/${p.id}`} className="font-medium text-brand-700 hover:underline">
      {p.displayName}
    </Link>
  );
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
        <Link
          href={`/tenants/${tenantId}/federation/guests`}
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          {t("guests.link")}
        </Link>
      </div>
      <FederationSettingsForm
        tenantId={tenantId}
        mode={federation.mode}
        guestLapseDays={federation.guestLapseDays}
        canEdit={canWrite}
      />
      <section aria-labelledby="federation-pending" className="space-y-2">
        <h2 id="federation-pending" className="font-medium">
          {t("pending.title")}
        </h2>
        {federation.pending.length === 0 ? (
          <p className="text-sm text-slate-500">{t("pending.empty")}</p>
        ) : (
          <ul className={card("divide-y divide-slate-100")}>
            {federation.pending.map((p) => (
              <li key={p.id} className="flex items-center justify-between gap-4 px-4 py-3 text-sm">
                <span>
                  {link(p)} <span className="font-mono text-xs text-slate-500">{p.key}</span>
                </span>
                {canWrite && <LinkActions tenantId={tenantId} partner={p} />}
              </li>
            ))}
          </ul>
        )}
      </section>
      {canWrite && (
        <div className="space-y-3">
          <RequestPartnershipForm tenantId={tenantId} />
          <AddPartnerForm tenantId={tenantId} />
        </div>
      )}
      <section aria-labelledby="federation-partners" className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="federation-partners" className="font-medium">
            {t("partners.title")}
          </h2>
          {status && (
            <Link href={`/tenants/${tenantId}/federation`} className="text-sm text-brand-700 hover:underline">
              {t("partners.onlyStatus", { status: t(`partners.statuses.${status}`) })}
            </Link>
          )}
        </div>
        <div className={card("overflow-x-auto relative")}>
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
              <tr>
                {(["name", "kind", "key", "relation", "ours", "theirs", "actions"] as const).map((c) => (
                  <th key={c} scope="col" className="px-4 py-2.5">
                    {t(`partners.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {federation.rows.length === 0 && (
                <tr>
                  <td colSpan={7} className="px-4 py-8 text-center text-slate-500">
                    {t("partners.empty")}
                  </td>
                </tr>
              )}
              {federation.rows.map((p) => (
                <tr key={p.id}>
                  <td className="px-4 py-2.5">{link(p)}</td>
                  <td className="px-4 py-2.5">{t(`partners.kinds.${p.kind}`)}</td>
                  <td className="px-4 py-2.5 font-mono text-xs">{p.key}</td>
                  <td className="px-4 py-2.5">{t(`partners.relations.${p.relation}`)}</td>
                  <td className="px-4 py-2.5">
                    <StatusBadge status={p.status} />
                  </td>
                  <td className="px-4 py-2.5">
                    {p.theirStatus ? <StatusBadge status={p.theirStatus} /> : t("partners.theirsNone")}
                  </td>
                  <td className="px-4 py-2.5">{canWrite && <LinkActions tenantId={tenantId} partner={p} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <CursorLinks
            next={federation.next}
            prev={federation.prev}
            hrefFor={(p) => `?${new URLSearchParams({ ...(status ? { status } : {}), ...p })}`}
          />
        </div>
      </section>
    </div>
  );
}
