import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReconcileButton } from "@/components/messaging/reconcile-button";
import { Badge } from "@/components/ui/badge";
import { card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { getMessagingStatus } from "@/lib/connector/get-messaging-status";
import { reconcileMessaging } from "@/lib/connector/reconcile-messaging";
import { allows } from "@/lib/operation/allows";
import { runPage } from "@/lib/operation/run-page";

// The network on the connected messaging server: whether the server obeys, what waits, and what drifted.
export default async function MessagingPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const { ctx } = await requireCurrentUser();
  const status = await runPage(getMessagingStatus, ctx, { tenantId });
  const t = await getTranslations("messaging");
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  if (!status.configured || !status.domain)
    return (
      <section className={card("max-w-3xl space-y-3 p-6")} aria-labelledby="messaging-title">
        <h2 id="messaging-title" className="text-lg font-medium">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">{status.configured ? t("noDomain") : t("notConfigured")}</p>
        {status.configured && (
          <Link href={`/tenants/${tenantId}/settings`} className="text-sm text-brand-700 hover:underline">
            {t("toSettings")}
          </Link>
        )}
      </section>
    );
  const pendingTotal = Object.values(status.pending).reduce((a, b) => a + b, 0);
  const rows: [string, React.ReactNode][] = [
    [
      t("domain"),
      <code key="d" className="font-mono">
        {status.domain}
      </code>,
    ],
    [t("version"), status.version ? `ejabberd ${status.version}` : "—"],
    [t("lastContact"), <DateTime key="c" iso={iso(status.lastContactAt)} fallback={t("never")} />],
    [
      t("lastApplied"),
      status.lastAppliedAt ? (
        <span key="a">
          <DateTime iso={iso(status.lastAppliedAt)} /> — {status.lastChange}
        </span>
      ) : (
        t("never")
      ),
    ],
    [t("accounts"), status.accounts.toLocaleString("en")],
    [
      t("pending"),
      pendingTotal === 0
        ? t("nothingPending")
        : (["accounts", "removals", "access", "names"] as const)
            .filter((k) => status.pending[k] > 0)
            .map((k) => t(`pendingKinds.${k}`, { count: status.pending[k] }))
            .join(", "),
    ],
  ];
  return (
    <div className="space-y-6">
      <section className={card("max-w-3xl space-y-4 p-6")} aria-labelledby="messaging-title">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="messaging-title" className="text-lg font-medium">
            {t("title")}
          </h2>
          {status.connected ? (
            <Badge tone={status.outOfSync ? "amber" : "green"}>{status.outOfSync ? t("outOfSync") : t("inSync")}</Badge>
          ) : (
            <Badge tone="red">{t("disconnected")}</Badge>
          )}
        </div>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-8 gap-y-2 text-sm">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-slate-500">{k}</dt>
              <dd className="text-slate-900">{v}</dd>
            </div>
          ))}
        </dl>
        {status.lastError && (
          <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            <p className="font-medium">
              {t("lastError")} <DateTime iso={iso(status.lastErrorAt)} />
            </p>
            <p className="font-mono text-xs break-all">{status.lastError}</p>
          </div>
        )}
      </section>
      <section className={card("max-w-3xl space-y-4 p-6")} aria-labelledby="reconcile-title">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 id="reconcile-title" className="font-medium">
              {t("reconciliation")}
            </h2>
            <p className="text-sm text-slate-600">
              {status.reconciledAt
                ? t.rich("reconciledAt", { at: () => <DateTime iso={iso(status.reconciledAt)} /> })
                : t("neverReconciled")}
            </p>
          </div>
          {allows(ctx, reconcileMessaging, tenantId) && <ReconcileButton tenantId={tenantId} />}
        </div>
        {status.reconciledAt &&
          (status.findings.length === 0 ? (
            <p className="text-sm text-emerald-700">{t("noFindings")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm" aria-label={t("findings")}>
              {status.findings.map((f) => (
                <li key={`${f.kind}-${f.subject}`} className="flex flex-wrap items-baseline gap-2 py-2">
                  <Badge tone={f.repaired ? "slate" : "amber"}>{f.repaired ? t("repaired") : t("reported")}</Badge>
                  <span className="font-medium">{t(`findingKinds.${f.kind}`)}</span>
                  <code className="font-mono text-xs">{f.subject}</code>
                  <span className="text-slate-600">{f.detail}</span>
                </li>
              ))}
            </ul>
          ))}
      </section>
      <section className={card("max-w-3xl space-y-2 p-6 text-sm text-slate-600")} aria-labelledby="enforced-title">
        <h2 id="enforced-title" className="font-medium text-slate-900">
          {t("enforcedTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {(["host", "accounts", "access", "names"] as const).map((k) => (
            <li key={k}>{t(`enforced.${k}`)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
