import { getFormatter, getTranslations } from "next-intl/server";
import { LinkActions } from "@/components/federation/link-actions";
import { StatusBadge } from "@/components/federation/status-badge";
import { ChangeHistory } from "@/components/tenant/change-history";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { listChangeHistory } from "@/lib/audit/list-change-history";
import { getPartner } from "@/lib/federation/get-partner";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { suspendPartner } from "@/lib/federation/suspend-partner";
import { card } from "@/components/ui/card";

export default async function PartnerPage({ params }: { params: Promise<{ tenantId: string; partnerId: string }> }) {
  const { tenantId, partnerId } = await params;
  const { ctx } = await requireCurrentUser();
  const partner = await runPage(getPartner, ctx, { tenantId, partnerId });
  const history = allows(ctx, listChangeHistory, tenantId)
    ? await runPage(listChangeHistory, ctx, {
        tenantId,
        targetType: "federation_partner",
        targetId: partnerId,
        limit: 50,
      })
    : null;
  const [t, tp, format] = await Promise.all([
    getTranslations("federation.partner"),
    getTranslations("federation.partners"),
    getFormatter(),
  ]);
  const none = t("none");
  const rows: [string, React.ReactNode][] = [
    [
      t("fields.key"),
      <span key="key" className="font-mono text-xs">
        {partner.key}
      </span>,
    ],
    [t("fields.kind"), tp(`kinds.${partner.kind}`)],
    [t("fields.relation"), tp(`relations.${partner.relation}`)],
    [t("fields.ours"), <StatusBadge key="ours" status={partner.status} />],
    [t("fields.theirs"), partner.theirStatus ? <StatusBadge key="theirs" status={partner.theirStatus} /> : none],
    [
      t("fields.fingerprint"),
      partner.fingerprint ? (
        <span key="fp" className="font-mono text-xs">
          {partner.fingerprint}
        </span>
      ) : (
        none
      ),
    ],
    [t("fields.region"), partner.region ?? none],
    [t("fields.agreedBy"), partner.agreedBy ?? none],
    [t("fields.agreedAt"), partner.agreedAt ? format.dateTime(partner.agreedAt, { dateStyle: "medium" }) : none],
    [t("fields.agreementRef"), partner.agreementRef ?? none],
  ];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 className="text-lg font-semibold">{partner.displayName}</h2>
        {allows(ctx, suspendPartner, tenantId) && <LinkActions tenantId={tenantId} partner={partner} />}
      </div>
      <section aria-label={t("details")} className={card("max-w-2xl p-5")}>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {history && (
        <ChangeHistory
          entries={history.rows}
          more={history.next ? { tenantId, targetType: "federation_partner", targetId: partnerId } : null}
        />
      )}
    </div>
  );
}
