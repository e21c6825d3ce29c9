import { getTranslations } from "next-intl/server";
import { TenantTabs } from "@/components/tenant/tenant-tabs";
import { Badge } from "@/components/ui/badge";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { runPage } from "@/lib/operation/run-page";
import { can } from "@/lib/rbac/actor";
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
  // The UI shows only what the caller may do; each operation checks again.
  const tabs = [
    { href: `/tenants/${tenantId}`, label: t("tenant.tabs.overview"), show: true },
    {
      href: `/tenants/${tenantId}/members`,
      label: t("tenant.tabs.members"),
      show: can(ctx.actor, "members.read", tenantId),
    },
    {
      href: `/tenants/${tenantId}/devices`,
      label: t("tenant.tabs.devices"),
      show: can(ctx.actor, "members.read", tenantId),
    },
    {
      href: `/tenants/${tenantId}/groups`,
      label: t("tenant.tabs.groups"),
      show: can(ctx.actor, "groups.read", tenantId),
    },
    {
      href: `/tenants/${tenantId}/retention`,
      label: t("tenant.tabs.retention"),
      show: can(ctx.actor, "retention.read", tenantId),
    },
    {
      href: `/tenants/${tenantId}/holds`,
      label: t("tenant.tabs.holds"),
      show: can(ctx.actor, "legal_holds.read", tenantId),
    },
    {
      href: `/tenants/${tenantId}/federation`,
      label: t("tenant.tabs.federation"),
      show: can(ctx.actor, "federation.read", tenantId),
    },
    {
      href: `/tenants/${tenantId}/console-users`,
      label: t("tenant.tabs.consoleUsers"),
      show: can(ctx.actor, "console_users.read", tenantId),
    },
    {
      href: `/tenants/${tenantId}/tokens`,
      label: t("tenant.tabs.tokens"),
      show: can(ctx.actor, "tokens.read", tenantId),
    },
    { href: `/tenants/${tenantId}/audit`, label: t("tenant.tabs.audit"), show: can(ctx.actor, "audit.read", tenantId) },
    {
      href: `/tenants/${tenantId}/settings`,
      label: t("tenant.tabs.settings"),
      show: can(ctx.actor, "tenants.update", tenantId),
    },
  ].filter((tab) => tab.show);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{tenant.name}</h1>
        <Badge tone={tenant.status === "active" ? "green" : "red"}>{t(`tenants.status.${tenant.status}`)}</Badge>
        <span className="text-sm text-slate-500">
          {t("tenant.yourRole", { role: t(`roles.${role ?? "platform_operator"}`) })}
        </span>
      </div>
      <TenantTabs tabs={tabs.map(({ href, label }) => ({ href, label }))} />
      {children}
    </div>
  );
}
