"use client";

import { useFormatter, useTranslations } from "next-intl";
import { restoreVersionAction } from "@/lib/actions/retention/restore-version-action";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { card } from "@/components/ui/card";

interface Version {
  version: number;
  authorLabel: string | null;
  createdAt: string;
  changes: string;
}

function RestoreButton({ tenantId, version }: { tenantId: string; version: number }) {
  const t = useTranslations("retention.versions");
  const [state, onSubmit, pending] = useFormAction(restoreVersionAction);
  const impact = fieldError(state, "confirmShortening");
  const shortened = impact ? (JSON.parse(impact) as { shortened: number }).shortened : 0;
  return (
    <form onSubmit={onSubmit} className="space-y-1">
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="version" value={version} />
      {impact && (
        <label role="alert" className="flex items-center gap-2 text-xs text-amber-900">
          <input type="checkbox" name="confirmShortening" className="rounded border-amber-400" />
          {t("confirm", { count: shortened })} {t("confirmBox")}
        </label>
      )}
      <Button type="submit" variant="ghost" disabled={pending} aria-label={`${t("restore")} ${version}`}>
        {t("restore")}
      </Button>
      {!impact && <FormMessage state={state} success={t("restored")} />}
    </form>
  );
}

export function PolicyVersions({
  tenantId,
  versions,
  canRestore,
}: {
  tenantId: string;
  versions: Version[];
  canRestore: boolean;
}) {
  const t = useTranslations("retention.versions");
  const format = useFormatter();
  return (
    <section aria-labelledby="versions-title" className="max-w-4xl space-y-3">
      <h2 id="versions-title" className="font-medium">
        {t("title")}
      </h2>
      {versions.length === 0 ? (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <div className={card("overflow-x-auto relative")}>
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
              <tr>
                {(["version", "author", "date", "changes"] as const).map((c) => (
                  <th key={c} scope="col" className="px-4 py-2.5">
                    {t(`columns.${c}`)}
                  </th>
                ))}
                <th scope="col" className="px-4 py-2.5" />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {versions.map((v, i) => (
                <tr key={v.version}>
                  <td className="px-4 py-2.5 tabular-nums">{v.version}</td>
                  <td className="px-4 py-2.5">{v.authorLabel}</td>
                  <td className="px-4 py-2.5">
                    {format.dateTime(new Date(v.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                  </td>
                  <td className="px-4 py-2.5 font-mono text-xs">{v.changes}</td>
                  <td className="px-4 py-2.5">
                    {i === 0 ? t("current") : canRestore && <RestoreButton tenantId={tenantId} version={v.version} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
