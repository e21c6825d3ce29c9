import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/tenant/breadcrumbs";
import { type NavGroup, TenantNav } from "@/components/tenant/tenant-nav";
import { Badge } from "@/components/ui/badge";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { runPage } from "@/lib/operation/run-page";
import { can } from "@/lib/rbac/actor";
import type { Permission } from "@/lib/rbac/permissions";
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
  // The navigation shows only what the caller may open; each operation checks again.
  const item = (path: string, label: string, permission: Permission) =>
    can(ctx.actor, permission, tenantId) ? [{ href: `${base}${path}`, label }] : [];
  const groups: NavGroup[] = [
    { label: "", items: item("", t("tenant.tabs.overview"), "tenants.read") },
    {
      label: t("tenant.groups.people"),
      items: [
        ...item("/members", t("tenant.tabs.members"), "members.read"),
        ...item("/devices", t("tenant.tabs.devices"), "members.read"),
        ...item("/groups", t("tenant.tabs.groups"), "groups.read"),
        ...item("/console-users", t("tenant.tabs.consoleUsers"), "console_users.read"),
      ],
    },
    {
      label: t("tenant.groups.policies"),
      items: [
        ...item("/retention", t("tenant.tabs.retention"), "retention.read"),
        ...item("/holds", t("tenant.tabs.holds"), "legal_holds.read"),
      ],
    },
    {
      label: t("tenant.groups.federation"),
      items: item("/federation", t("tenant.tabs.federation"), "federation.read"),
    },
    { label: t("tenant.groups.compliance"), items: item("/audit", t("tenant.tabs.audit"), "audit.read") },
    {
      label: t("tenant.groups.settings"),
      items: [
        ...item("/settings", t("tenant.tabs.settings"), "tenants.update"),
        ...item("/tokens", t("tenant.tabs.tokens"), "tokens.read"),
      ],
    },
  ].filter((g) => g.items.length > 0);
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
