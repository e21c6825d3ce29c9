import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/tenant/breadcrumbs";
import { type NavGroup, TenantNav } from "@/components/tenant/tenant-nav";
import { Badge } from "@/components/ui/badge";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { runPage } from "@/lib/operation/run-page";
import { can } from "@/lib/rbac/actor";
import { sectionOf, TENANT_SECTIONS, type TenantSection } from "@/lib/rbac/tenant-sections";
import { getTenant } from "@/lib/tenants/get-tenant";

export default async function TenantLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ tenantId: string }>;
}) {
  const { tenantId } = await params;
  const { ctx, user } = await requireCurrentUser();
  const tenant = await runPage(getTenant, ctx, { tenantId });
  const t = await getTranslations();
  const role = user.roleGrants.find((g) => g.tenantId === tenantId)?.role;
  const base = `/tenants/${tenantId}`;
  // A page the caller's role may not open is a 404 here, before anything of the page is sent: the section pages
  // stream behind a loading skeleton, and a 404 decided inside the stream would already have answered 200.
  const subpath = ((await headers()).get("x-custodian-path") ?? "").slice(base.length);
  const section = sectionOf(subpath);
  const mayOpen = (s: TenantSection) => s.anyOf.some((p) => can(ctx.actor, p, tenantId));
  if (section && !mayOpen(section)) notFound();
  const allowed = TENANT_SECTIONS.filter(mayOpen);
  const groups: NavGroup[] = ([null, "people", "policies", "federation", "compliance", "settings"] as const)
    .map((group) => ({
      label: group ? t(`tenant.groups.${group}`) : "",
      items: allowed
        .filter((s) => s.group === group)
        .map((s) => ({ href: `${base}${s.path}`, label: t(`tenant.tabs.${s.label}`) })),
    }))
    .filter((g) => g.items.length > 0);
  const networks = user.roleGrants.map((g) => ({ id: g.tenant.id, name: g.tenant.name }));
  if (!networks.some((n) => n.id === tenantId)) networks.unshift({ id: tenantId, name: tenant.name });
  return (
    <div className="flex flex-col gap-6 lg:flex-row">
      <aside className="shrink-0 lg:w-52">
        <TenantNav
          tenantId={tenantId}
          groups={groups}
          networks={networks}
          labels={{ switcher: t("tenant.switcher"), nav: t("tenant.nav", { name: tenant.name }) }}
        />
      </aside>
      <div className="min-w-0 flex-1 space-y-6">
        <div className="space-y-2">
          <Breadcrumbs
            tenantId={tenantId}
            tenantName={tenant.name}
            sections={{
              members: t("tenant.tabs.members"),
              "members/import": t("tenant.crumbs.import"),
              devices: t("tenant.tabs.devices"),
              groups: t("tenant.tabs.groups"),
              "console-users": t("tenant.tabs.consoleUsers"),
              retention: t("tenant.tabs.retention"),
              holds: t("tenant.tabs.holds"),
              federation: t("tenant.tabs.federation"),
              "federation/guests": t("tenant.crumbs.guests"),
              audit: t("tenant.tabs.audit"),
              "audit/exports": t("tenant.crumbs.exports"),
              settings: t("tenant.tabs.settings"),
              tokens: t("tenant.tabs.tokens"),
            }}
            labels={{ trail: t("tenant.crumbs.trail"), networks: t("shell.tenants"), item: t("tenant.crumbs.item") }}
          />
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold">{tenant.name}</h1>
            <Badge tone={tenant.status === "active" ? "green" : "red"}>{t(`tenants.status.${tenant.status}`)}</Badge>
            <span className="text-sm text-slate-500">
              {t("tenant.yourRole", { role: t(`roles.${role ?? "platform_operator"}`) })}
            </span>
          </div>
        </div>
        {children}
      </div>
    </div>
  );
}
