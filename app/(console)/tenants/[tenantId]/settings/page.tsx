import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MemberSsoForm } from "@/components/settings/member-sso-form";
import { NetworkSettingsForm } from "@/components/settings/network-settings-form";
import { RequireMfaForm } from "@/components/settings/require-mfa-form";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { getMemberSso } from "@/lib/member-sso/get-member-sso";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { updateNetworkSettings } from "@/lib/tenants/update-network-settings";
import { updateMemberSso } from "@/lib/member-sso/update-member-sso";
import { getTenant } from "@/lib/tenants/get-tenant";
import { updateTenantSecurityAction } from "@/lib/actions/settings/update-tenant-security-action";

export default async function TenantSettingsPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const { ctx } = await requireCurrentUser();
  const canEdit = allows(ctx, updateNetworkSettings, tenantId);
  const canSeeSso = allows(ctx, getMemberSso, tenantId);
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
          canEdit={allows(ctx, updateMemberSso, tenantId)}
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
