import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { showChangeValue } from "@/lib/audit/diff-fields";
import { card } from "@/components/ui/card";

export interface HistoryEntry {
  seq: string;
  at: string;
  action: string;
  actor: string | null;
  rows: { path: string; before: unknown; after: unknown }[];
}

/**
 * Each change as a small table of field, before and after. The list shows the
 * latest page; when there are more (`more` names the object), a link leads to
 * the audit explorer filtered to it.
 */
export async function ChangeHistory({
  entries,
  title,
  more,
}: {
  entries: HistoryEntry[];
  title?: string;
  more?: { tenantId: string; targetType: string; targetId: string } | null | undefined;
}) {
  const moreHref = more
    ? `/tenants/${more.tenantId}/audit?${new URLSearchParams({ targetType: more.targetType, targetId: more.targetId })}`
    : undefined;
  const [t, format] = await Promise.all([getTranslations("history"), getFormatter()]);
  const show = (v: unknown) => showChangeValue(v, { empty: t("none"), on: t("on"), off: t("off") });
  return (
    <section aria-label={title ?? t("title")} className="space-y-3">
      <h2 className="font-medium">{title ?? t("title")}</h2>
      {entries.length === 0 && <p className="text-sm text-slate-500">{t("empty")}</p>}
      <ol className="space-y-3">
        {entries.map((e) => (
          <li key={e.seq} className={card("p-4 text-sm")}>
            <p className="mb-2 text-slate-600">
              <code className="font-mono text-slate-900">{e.action}</code>
              {" · "}
              {e.actor}
              {" · "}
              <time dateTime={e.at}>
                {format.dateTime(new Date(e.at), { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </p>
            {e.rows.length > 0 && (
              <table className="w-full text-left">
                <thead className="text-xs text-slate-500 uppercase">
                  <tr>
                    <th className="py-1 pr-4 font-medium">{t("field")}</th>
                    <th className="py-1 pr-4 font-medium">{t("before")}</th>
                    <th className="py-1 font-medium">{t("after")}</th>
                  </tr>
                </thead>
                <tbody>
                  {e.rows.map((r) => (
                    <tr key={r.path} className="border-t border-slate-100">
                      <td className="py-1 pr-4 font-mono text-xs">{r.path}</td>
                      <td className="py-1 pr-4 text-red-700 line-through decoration-red-300">{show(r.before)}</td>
                      <td className="py-1 text-emerald-700">{show(r.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
      {moreHref && (
        <Link href={moreHref} className="text-sm text-brand-700 hover:underline">
          {t("more")}
        </Link>
      )}
    </section>
  );
}
