import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { CursorLinks } from "@/components/ui/cursor-links";
import { Select } from "@/components/ui/select";
import { SimpleTable } from "@/components/ui/simple-table";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { listDevices } from "@/lib/devices/list-devices";
import { DevicePlatform } from "@/lib/generated/prisma/enums";
import { runPage } from "@/lib/operation/run-page";

const PLATFORMS = Object.values(DevicePlatform);

export default async function DevicesPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<{ platform?: string; appVersion?: string; status?: string; after?: string; before?: string }>;
}) {
  const { tenantId } = await params;
  const query = await searchParams;
  const platform = PLATFORMS.find((p) => p === query.platform);
  const status = query.status === "reset" ? ("reset" as const) : ("active" as const);
  const appVersion = (query.appVersion ?? "").trim().slice(0, 50) || undefined;
  const { ctx } = await requireCurrentUser();
  const page = await runPage(listDevices, ctx, {
    tenantId,
    platform,
    appVersion,
    status,
    after: query.after,
    before: query.before,
  });
  const [t, d, format] = await Promise.all([getTranslations("devices"), getTranslations("dashboard"), getFormatter()]);
  const filter = { ...(platform ? { platform } : {}), ...(appVersion ? { appVersion } : {}), status };
  return (
    <div className="space-y-4">
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <form className="flex flex-wrap items-end gap-3" role="search" aria-label={t("filters")}>
        <div>
          <label htmlFor="device-platform" className="mb-1 block text-sm font-medium text-slate-700">
            {t("platform")}
          </label>
          <Select id="device-platform" name="platform" defaultValue={platform ?? ""} className="w-40">
            <option value="">{t("any")}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {d(`platform.${p}`)}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="device-version" className="mb-1 block text-sm font-medium text-slate-700">
            {t("appVersion")}
          </label>
          <input
            id="device-version"
            name="appVersion"
            defaultValue={appVersion ?? ""}
            className="block w-40 rounded-md border-0 px-3 py-1.5 text-sm shadow-sm ring-1 ring-slate-300 ring-inset"
          />
        </div>
        <div>
          <label htmlFor="device-status" className="mb-1 block text-sm font-medium text-slate-700">
            {t("status")}
          </label>
          <Select id="device-status" name="status" defaultValue={status} className="w-32">
            <option value="active">{t("statuses.active")}</option>
            <option value="reset">{t("statuses.reset")}</option>
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </form>
      <SimpleTable
        headings={(["member", "platform", "appVersion", "registered", "lastSeen"] as const).map((c) =>
          t(`columns.${c}`),
        )}
        empty={t("empty")}
        isEmpty={page.rows.length === 0}
        footer={
          <CursorLinks
            total={page.total}
            next={page.next}
            prev={page.prev}
            hrefFor={(p) => `?${new URLSearchParams({ ...filter, ...p })}`}
          />
        }
      >
        {page.rows.map((r) => (
          <tr key={r.id}>
            <td className="px-4 py-2.5">
              <Link
                href={`/tenants/${tenantId}/members/${r.memberId}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {r.memberName}
              </Link>
              <div className="text-xs text-slate-500">{r.memberEmail}</div>
            </td>
            <td className="px-4 py-2.5">{d(`platform.${r.platform}`)}</td>
            <td className="px-4 py-2.5 font-mono text-xs">{r.appVersion}</td>
            <td className="px-4 py-2.5 whitespace-nowrap">
              {format.dateTime(r.registeredAt, { dateStyle: "medium" })}
            </td>
            <td className="px-4 py-2.5 whitespace-nowrap">
              {format.dateTime(r.lastSeenAt, { dateStyle: "medium", timeStyle: "short" })}
            </td>
          </tr>
        ))}
      </SimpleTable>
    </div>
  );
}
