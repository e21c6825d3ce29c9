import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ImportProgress } from "@/components/members/import-progress";
import { ImportUpload } from "@/components/members/import-upload";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import type { ImportIssue, ImportWarning } from "@/lib/members/import/check-member-csv";
import { getMemberImport } from "@/lib/members/import/get-member-import";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { applyMemberImport } from "@/lib/members/import/apply-member-import";
import { card } from "@/components/ui/card";

export default async function ImportPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<{ import?: string }>;
}) {
  const { tenantId } = await params;
  const { import: importId } = await searchParams;
  const { ctx } = await requireCurrentUser();
  if (!allows(ctx, applyMemberImport, tenantId)) notFound();
  const t = await getTranslations("import");
  const job = importId ? await runPage(getMemberImport, ctx, { tenantId, importId }) : null;
  const report = job?.report as
    | {
        creates: number;
        updates: number;
        unchanged: number;
        errors: number;
        issues: ImportIssue[];
        warningCount?: number;
        warnings?: ImportWarning[];
      }
    | undefined;
  return (
    <div className="max-w-4xl space-y-6">
      <Link href={`/tenants/${tenantId}/members`} className="text-sm text-brand-700 hover:underline">
        {t("back")}
      </Link>
      <h2 className="text-lg font-medium">{t("title")}</h2>
      {!job && <ImportUpload tenantId={tenantId} />}
      {job && report && (
        <section aria-label={t("report", { file: job.fileName })} className={card("space-y-4 p-6")}>
          <h3 className="font-medium">{t("report", { file: job.fileName })}</h3>
          <ul className="grid gap-2 text-sm sm:grid-cols-5">
            <li>{t("creates", { count: report.creates })}</li>
            <li>{t("updates", { count: report.updates })}</li>
            <li>{t("unchanged", { count: report.unchanged })}</li>
            <li className={report.errors ? "font-medium text-red-700" : "text-emerald-700"}>
              {t("errors", { count: report.errors })}
            </li>
            {!!report.warningCount && (
              <li className="font-medium text-amber-700">{t("warnings", { count: report.warningCount })}</li>
            )}
          </ul>
          {report.errors > 0 && (
            <>
              <p className="text-sm text-slate-600">{t("fix")}</p>
              <table className="min-w-full text-sm">
                <thead className="text-left text-xs text-slate-500 uppercase">
                  <tr>
                    <th className="py-1 pr-4">{t("columns.line")}</th>
                    <th className="py-1 pr-4">{t("columns.email")}</th>
                    <th className="py-1">{t("columns.problem")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.issues.map((i) => (
                    <tr key={i.line} className="border-t border-slate-100">
                      <td className="py-1 pr-4 tabular-nums">{i.line}</td>
                      <td className="py-1 pr-4 font-mono text-xs">{i.email}</td>
                      <td className="py-1">{i.detail}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {!!report.warnings?.length && (
            <section aria-label={t("warnings", { count: report.warningCount ?? 0 })} className="space-y-2">
              <p className="text-sm text-slate-600">{t("warningsIntro")}</p>
              <table className="min-w-full text-sm">
                <thead className="text-left text-xs text-slate-500 uppercase">
                  <tr>
                    <th className="py-1 pr-4">{t("columns.line")}</th>
                    <th className="py-1">{t("warning")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.warnings.map((w) => (
                    <tr key={w.line} className="border-t border-slate-100">
                      <td className="py-1 pr-4 tabular-nums">{w.line}</td>
                      <td className="py-1 text-amber-800">{w.detail}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          <ImportProgress
            tenantId={tenantId}
            job={{
              id: job.id,
              status: job.status,
              total: job.total,
              applied: job.applied,
              created: job.created,
              updated: job.updated,
              unchanged: job.unchanged,
              error: job.error,
              errors: report.errors,
            }}
          />
          <Link
            href={`/tenants/${tenantId}/members/import`}
            className="inline-block text-sm text-brand-700 hover:underline"
          >
            {t("again")}
          </Link>
        </section>
      )}
    </div>
  );
}
