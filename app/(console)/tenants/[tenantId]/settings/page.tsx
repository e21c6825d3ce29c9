import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RequireMfaForm } from "@/components/settings/require-mfa-form";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { runPage } from "@/lib/operation/run-page";
import { can } from "@/lib/rbac/actor";
import { getTenant } from "@/lib/tenants/get-tenant";
import { updateTenantSecurityAction } from "./actions";

export default async function TenantSettingsPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const { ctx } = await requireCurrentUser();
  if (!can(ctx.actor, "tenants.update", tenantId)) notFound();
  const tenant = await runPage(getTenant, ctx, { tenantId });
  const t = await getTranslations("settings");
  return (
    <RequireMfaForm
      title={t("tenantTitle")}
      label={t("requireMfa")}
      hidden={{ tenantId }}
      defaultChecked={tenant.requireMfa}
      action={updateTenantSecurityAction}
    />
  );
}
