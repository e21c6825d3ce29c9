import { getTranslations } from "next-intl/server";
import { AuditExplorer } from "@/components/audit/audit-explorer";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { explorerOptions } from "@/lib/audit/explorer/explorer-options";
import { readExplorerQuery } from "@/lib/audit/explorer/explorer-query";
import { searchAllAuditEvents, searchAllAuditEventsSchema } from "@/lib/audit/explorer/search-all-audit-events";
import { toRowView } from "@/lib/audit/explorer/to-row-view";
import { db } from "@/lib/db";
import { zodFieldErrors } from "@/lib/operation/define-operation";
import { runPage } from "@/lib/operation/run-page";

// The operator's audit explorer: every network's chain and the platform's, by time.
export default async function PlatformAuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { params: query, tz } = readExplorerQuery(await searchParams);
  const { ctx } = await requireCurrentUser();
  const parsed = searchAllAuditEventsSchema.safeParse(query);
  const result = await runPage(searchAllAuditEvents, ctx, parsed.success ? parsed.data : { pageSize: 10 });
  const [t, networks] = await Promise.all([
    getTranslations("audit"),
    db.tenant.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const names = new Map(networks.map((n) => [n.id, n.name]));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("allTitle")}</h1>
      <AuditExplorer
        acrossNetworks
        page={
          parsed.success
            ? { ...result, rows: result.rows.map((r) => toRowView(r, (id) => names.get(id) ?? t("platform"))) }
            : null
        }
        params={query}
        tz={tz}
        options={{ ...explorerOptions(), networks }}
        errors={parsed.success ? {} : zodFieldErrors(parsed.error)}
      />
    </div>
  );
}
