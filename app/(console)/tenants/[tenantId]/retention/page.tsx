import { getTranslations } from "next-intl/server";
import { CursorLinks } from "@/components/ui/cursor-links";
import { PolicyVersions } from "@/components/retention/policy-versions";
import { MetadataRetentionForm } from "@/components/retention/metadata-retention-form";
import { ComplianceForm, LifetimeForm } from "@/components/retention/retention-forms";
import { RetentionRuns } from "@/components/retention/retention-runs";
import { flattenChanges, showChangeValue } from "@/lib/audit/diff-fields";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { runPage } from "@/lib/operation/run-page";
import { allows } from "@/lib/operation/allows";
import { updateComplianceRetention } from "@/lib/retention/update-compliance-retention";
import { updateMetadataRetention } from "@/lib/retention/update-metadata-retention";
import { startRetentionRun } from "@/lib/retention/enforcement/start-retention-run";
import { updateLifetimeDefaults } from "@/lib/retention/update-lifetime-defaults";
import { restorePolicyVersion } from "@/lib/retention/restore-policy-version";
import { listRetentionRuns } from "@/lib/retention/enforcement/list-retention-runs";
import { getRetentionPolicy } from "@/lib/retention/get-retention-policy";
import { listPolicyVersions } from "@/lib/retention/list-policy-versions";

export default async function RetentionPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenantId: string }>;
  searchParams: Promise<{ after?: string; before?: string }>;
}) {
  const { tenantId } = await params;
  const { after, before } = await searchParams;
  const { ctx } = await requireCurrentUser();
  const [policy, versions, runs] = await Promise.all([
    runPage(getRetentionPolicy, ctx, { tenantId }),
    runPage(listPolicyVersions, ctx, { tenantId }),
    runPage(listRetentionRuns, ctx, { tenantId, after, before }),
  ]);
  const [t, th] = await Promise.all([getTranslations("retention"), getTranslations("history")]);
  const show = (v: unknown) => showChangeValue(v, { empty: th("none"), on: th("on"), off: th("off") });
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <LifetimeForm tenantId={tenantId} policy={policy} canEdit={allows(ctx, updateLifetimeDefaults, tenantId)} />
      <ComplianceForm tenantId={tenantId} policy={policy} canEdit={allows(ctx, updateComplianceRetention, tenantId)} />
      <MetadataRetentionForm
        tenantId={tenantId}
        settings={policy}
        canEdit={allows(ctx, updateMetadataRetention, tenantId)}
      />
      <RetentionRuns
        tenantId={tenantId}
        canRun={allows(ctx, startRetentionRun, tenantId)}
        runs={runs.rows.map((r) => ({
          id: r.id,
          trigger: r.trigger,
          status: r.status,
          total: r.total,
          done: r.done,
          membersDeleted: r.membersDeleted,
          devicesDeleted: r.devicesDeleted,
          auditEventsDeleted: r.auditEventsDeleted,
          heldMembersSkipped: r.heldMembersSkipped,
          policyVersion: r.policyVersion,
          createdAt: r.createdAt.toISOString(),
          finishedAt: r.finishedAt?.toISOString() ?? null,
          receiptSeq: r.receiptSeq,
          error: r.error,
        }))}
      />
      <CursorLinks next={runs.next} prev={runs.prev} hrefFor={(p) => `?${new URLSearchParams(p)}`} />
      <PolicyVersions
        tenantId={tenantId}
        canRestore={allows(ctx, restorePolicyVersion, tenantId)}
        versions={versions.rows.map((v) => ({
          version: v.version,
          authorLabel: v.authorLabel,
          createdAt: v.createdAt.toISOString(),
          changes: flattenChanges(v.diff)
            .map((r) => `${r.path}: ${show(r.before)} → ${show(r.after)}`)
            .join("; "),
        }))}
      />
    </div>
  );
}
