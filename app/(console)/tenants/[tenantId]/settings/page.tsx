import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MemberSsoForm } from "@/components/settings/member-sso-form";
import { NetworkSettingsForm } from "@/components/settings/network-settings-form";
import { RequireMfaForm } from "@/components/settings/require-mfa-form";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { getMemberSso } from "@/lib/member-sso/get-member-sso";
import { runPage } from "@/lib/operation/run-page";
import { can } from "@/lib/rbac/actor";
import { getTenant } from "@/lib/tenants/get-tenant";
import { updateTenantSecurityAction } from "./actions";

export default async function TenantSettingsPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const { ctx } = await requireCurrentUser();
  const canEdit = can(ctx.actor, "tenants.update", tenantId);
  const canSeeSso = can(ctx.actor, "sso.read", tenantId);
  if (!canEdit && !canSeeSso) notFound();
  const tenant = await runPage(getTenant, ctx, { tenantId });
  const sso = canSeeSso ? await runPage(getMemberSso, ctx, { tenantId }) : null;
  const t = await getTranslations("settings");
  return (
    <div className="space-y-8">
      {canEdit && <NetworkSettingsForm tenantId={tenantId} settings={tenant.settings} />}
      {canEdit && (
        <RequireMfaForm
          title={t("tenantTitle")}
          label={t("requireMfa")}
          hidden={{ tenantId }}
          defaultChecked={tenant.requireMfa}
          action={updateTenantSecurityAction}
        />
      )}
      {canSeeSso && (
        <MemberSsoForm
          tenantId={tenantId}
          canEdit={can(ctx.actor, "sso.write", tenantId)}
          config={
            sso && {
              enabled: sso.enabled,
              issuer: sso.issuer,
              clientId: sso.clientId,
              scopes: sso.scopes.join(" "),
              usernameClaim: sso.usernameClaim,
              extraAuthParams: Object.entries(sso.extraAuthParams as Record<string, string>)
                .map(([k, v]) => `${k}=${v}`)
                .join("\n"),
              refreshGraceMinutes: sso.refreshGraceMinutes,
              hasClientSecret: sso.hasClientSecret,
            }
          }
        />
      )}
    </div>
  );
}
