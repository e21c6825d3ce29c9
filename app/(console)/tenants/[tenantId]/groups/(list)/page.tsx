import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CreateGroupForm } from "@/components/groups/create-group-form";
import { Badge } from "@/components/ui/badge";
import { CursorLinks } from "@/components/ui/cursor-links";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { listGroups } from "@/lib/groups/list-groups";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { createGroup } from "@/lib/groups/create-group";
import { card } from "@/components/ui/card";

export default async function GroupsPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<{ after?: string; before?: string }>;
}) {
  const { tenantId } = await params;
  const { after, before } = await searchParams;
  const { ctx } = await requireCurrentUser();
  const groups = await runPage(listGroups, ctx, { tenantId, after, before, limit: 50 });
  const [t, format] = await Promise.all([getTranslations("groups"), getFormatter()]);
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <div className={card("overflow-x-auto relative")}>
        <table className="min-w-full text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              {(["name", "members", "updatedAt"] as const).map((c) => (
                <th key={c} scope="col" className="px-5 py-2.5">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {groups.rows.map((g) => (
              <tr key={g.id}>
                <td className="px-5 py-2.5">
                  <Link
                    href={`/tenants/${tenantId}/groups/${g.id}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {g.name}
                  </Link>
                  {g.isDefault && (
                    <span className="ml-2">
                      <Badge tone="blue">{t("default")}</Badge>
                    </span>
                  )}
                </td>
                <td className="px-5 py-2.5 tabular-nums">{format.number(g.members)}</td>
                <td className="px-5 py-2.5">
                  {format.dateTime(g.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <CursorLinks next={groups.next} prev={groups.prev} hrefFor={(p) => `?${new URLSearchParams(p)}`} />
      </div>
      {allows(ctx, createGroup, tenantId) && <CreateGroupForm tenantId={tenantId} />}
    </div>
  );
}
