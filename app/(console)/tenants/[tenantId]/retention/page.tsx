import { getTranslations } from "next-intl/server";
import { ComplianceForm, LifetimeForm } from "@/components/retention/retention-forms";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { runPage } from "@/lib/operation/run-page";
import { can } from "@/lib/rbac/actor";
import { getRetentionPolicy } from "@/lib/retention/get-retention-policy";

export default async function RetentionPage({ params }: { params: Promise<{ tenantId: string }> }) {
  const { tenantId } = await params;
  const { ctx } = await requireCurrentUser();
  const policy = await runPage(getRetentionPolicy, ctx, { tenantId });
  const t = await getTranslations("retention");
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <LifetimeForm tenantId={tenantId} policy={policy} canEdit={can(ctx.actor, "policies.write", tenantId)} />
      <ComplianceForm tenantId={tenantId} policy={policy} canEdit={can(ctx.actor, "retention.write", tenantId)} />
    </div>
  );
}
