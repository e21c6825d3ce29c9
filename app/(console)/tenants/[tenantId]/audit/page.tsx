import { getFormatter, getTranslations } from "next-intl/server";
import { VerifyChainButton } from "@/components/audit/verify-chain-button";
import { Badge } from "@/components/ui/badge";
import { PageFooter } from "@/components/ui/page-footer";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { runPage } from "@/lib/operation/run-page";
import { can } from "@/lib/rbac/actor";

const OUTCOME_TONE = { success: "green", denied: "red", failed: "amber" } as const;

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<{ page?: string; action?: string }>;
}) {
  const { tenantId } = await params;
  const query = await searchParams;
  const page = Math.max(1, Number(query.page) || 1);
  // Only a known action filters; anything else shows every event.
  const action = (AUDIT_ACTIONS as readonly string[]).includes(query.action ?? "") ? query.action : undefined;
  const { ctx } = await requireCurrentUser();
  const result = await runPage(listAuditEvents, ctx, { tenantId, page, pageSize: 50, action });
  const pageHref = (p: number) => `?${new URLSearchParams({ page: String(p), ...(action ? { action } : {}) })}`;
  const [t, format] = await Promise.all([getTranslations("audit"), getFormatter()]);
  return (
    <div className="space-y-4">
      {can(ctx.actor, "audit.verify", tenantId) && <VerifyChainButton tenantId={tenantId} />}
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              {(["seq", "at", "actor", "action", "target", "outcome", "ip", "changes"] as const).map((c) => (
                <th key={c} scope="col" className="px-4 py-2.5">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.rows.length === 0 && (
              <tr>
                <td colSpan={8} className="px-4 py-10 text-center text-slate-500">
                  {t("empty")}
                </td>
              </tr>
            )}
            {result.rows.map((e) => (
              <tr key={e.seq.toString()}>
                <td className="px-4 py-2 font-mono text-slate-500 tabular-nums">{e.seq.toString()}</td>
                <td className="px-4 py-2 whitespace-nowrap">
                  {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium" })}
                </td>
                <td className="px-4 py-2">{e.actorLabel ?? e.actorType}</td>
                <td className="px-4 py-2 font-mono">{e.action}</td>
                {/* UUIDv7 ids share their leading (time) digits: the tail tells them apart; the whole id is in the title. */}
                <td className="px-4 py-2 font-mono text-xs text-slate-500" title={e.targetId ?? undefined}>
                  {e.targetType ? `${e.targetType}:…${e.targetId?.slice(-8)}` : ""}
                </td>
                <td className="px-4 py-2">
                  <Badge tone={OUTCOME_TONE[e.outcome]}>{t(`outcome.${e.outcome}`)}</Badge>
                </td>
                <td className="px-4 py-2 font-mono text-xs">{e.ip}</td>
                <td className="px-4 py-2">
                  {e.changes !== null && (
                    <details>
                      <summary className="cursor-pointer text-xs text-brand-700">{t("details")}</summary>
                      <pre className="mt-1 max-w-md overflow-x-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap">
                        {JSON.stringify(e.changes, null, 2)}
                      </pre>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <PageFooter total={result.total} page={page} pageSize={result.pageSize} hrefFor={pageHref} />
      </div>
    </div>
  );
}
