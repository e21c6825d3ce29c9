import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ChangeHistory } from "@/components/tenant/change-history";
import { Badge } from "@/components/ui/badge";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { flattenChanges } from "@/lib/audit/diff-fields";
import { getAuditEvent } from "@/lib/audit/get-audit-event";
import { runPage } from "@/lib/operation/run-page";
import { card } from "@/components/ui/card";

const TONE = { success: "green", denied: "red", failed: "amber" } as const;

function Check({ ok, yes, no, na }: { ok: boolean | null; yes: string; no: string; na: string }) {
  if (ok === null) return <span className="text-slate-500">{na}</span>;
  return <Badge tone={ok ? "green" : "red"}>{ok ? yes : no}</Badge>;
}

export default async function AuditEventPage({ params }: { params: Promise<{ tenantId: string; seq: string }> }) {
  const { tenantId, seq } = await params;
  const { ctx } = await requireCurrentUser();
  const { event: e, chain } = await runPage(getAuditEvent, ctx, { tenantId, seq });
  const [t, format] = await Promise.all([getTranslations("auditEvent"), getFormatter()]);
  const base = `/tenants/${tenantId}/audit`;
  const n = BigInt(seq);
  const fields: [string, React.ReactNode][] = [
    [t("at"), format.dateTime(e.at, { dateStyle: "full", timeStyle: "long", timeZone: "UTC" })],
    [t("actor"), `${e.actorLabel ?? "—"} (${e.actorType}${e.actorId ? ` ${e.actorId}` : ""})`],
    [t("action"), <code key="a">{e.action}</code>],
    [t("target"), e.targetType ? `${e.targetType} ${e.targetId}` : "—"],
    [
      t("outcome"),
      <Badge key="o" tone={TONE[e.outcome]}>
        {e.outcome}
      </Badge>,
    ],
    [t("ip"), e.ip ?? "—"],
    [t("userAgent"), e.userAgent ?? "—"],
    [t("requestId"), e.requestId ?? "—"],
  ];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Link href={base} className="text-sm text-brand-700 hover:underline">
          {t("back")}
        </Link>
        <nav aria-label={t("neighbours")} className="flex gap-3 text-sm">
          {chain.hasPrevious && (
            <Link href={`${base}/${n - 1n}`} className="text-brand-700 hover:underline">
              {t("previous", { seq: (n - 1n).toString() })}
            </Link>
          )}
          {chain.hasNext && (
            <Link href={`${base}/${n + 1n}`} className="text-brand-700 hover:underline">
              {t("next", { seq: (n + 1n).toString() })}
            </Link>
          )}
        </nav>
      </div>
      <h1 className="text-lg font-semibold">{t("title", { seq, head: chain.headSeq.toString() })}</h1>
      <dl className={card("grid grid-cols-1 gap-x-6 gap-y-2 p-4 text-sm sm:grid-cols-[12rem_1fr]")}>
        {fields.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-slate-600">{k}</dt>
            <dd className="break-all">{v}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="chain-title" className={card("space-y-2 p-4 text-sm")}>
        <h2 id="chain-title" className="font-medium">
          {t("chainTitle")}
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="text-slate-600">{t("prevHash")}</dt>
          <dd className="font-mono text-xs break-all">{e.prevHash}</dd>
          <dt className="text-slate-600">{t("hash")}</dt>
          <dd className="font-mono text-xs break-all">{e.hash}</dd>
          <dt className="text-slate-600">{t("hashValid")}</dt>
          <dd data-testid="hash-valid">
            <Check ok={chain.hashValid} yes={t("valid")} no={t("invalid")} na={t("notApplicable")} />
          </dd>
          <dt className="text-slate-600">{t("linksToPrevious")}</dt>
          <dd>
            <Check ok={chain.linksToPrevious} yes={t("valid")} no={t("invalid")} na={t("trimmed")} />
          </dd>
          <dt className="text-slate-600">{t("linkedFromNext")}</dt>
          <dd>
            <Check ok={chain.linkedFromNext} yes={t("valid")} no={t("invalid")} na={t("isHead")} />
          </dd>
          <dt className="text-slate-600">{t("digest")}</dt>
          <dd>
            {chain.digest
              ? t("digestCovers", {
                  number: chain.digest.number,
                  kid: chain.digest.kid,
                  at: format.dateTime(chain.digest.periodEnd, {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone: "UTC",
                  }),
                })
              : t("noDigestYet")}
          </dd>
        </dl>
      </section>
      <ChangeHistory
        title={t("changes")}
        entries={[
          {
            seq,
            at: e.at.toISOString(),
            action: e.action,
            actor: e.actorLabel,
            rows: flattenChanges(e.changes as { before?: unknown; after?: unknown } | null),
          },
        ]}
      />
      <details data-testid="raw-changes" className={card("p-4 text-sm")}>
        <summary className="cursor-pointer font-medium">{t("raw")}</summary>
        <pre className="mt-2 overflow-x-auto relative rounded bg-slate-50 p-3 font-mono text-xs whitespace-pre-wrap">
          {JSON.stringify(e.changes, null, 2)}
        </pre>
      </details>
    </div>
  );
}
