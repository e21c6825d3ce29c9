import { count } from "@/lib/operation/wire";
import { z } from "zod";
import { diffFields } from "@/lib/audit/diff-fields";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { previewLifetimeChange } from "./preview-lifetime-change";
import { countPurgeCandidates } from "./enforcement/count-purge-candidates";
import { purgeCutoffs } from "./enforcement/purge-cutoffs";
import { FIELDS } from "./policy-version-fields";
import { recordPolicyVersion } from "./record-policy-version";
import { DEFAULT_LIFETIME } from "./retention-presets";

/**
 * Brings an earlier version back as a new version (history only grows). A
 * restore that shortens anyone's message lifetime needs the same confirmation
 * as any other shortening.
 */
export const restorePolicyVersion = defineOperation({
  name: "retention.restore",
  kind: "write",
  permission: "retention.write",
  schema: tenantInput.extend({
    version: z.coerce.number().int().positive(),
    confirmShortening: z.boolean().default(false),
  }),
  example: (ids) => ({ tenantId: ids.tenantId, version: 1, confirmShortening: true }),
  api: {
    method: "POST",
    path: "/tenants/{tenantId}/retention/versions/{version}/restore",
    summary: "Restore a policy version",
  },
  output: z.object({ version: count }),
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const target = await tx.retentionPolicyVersion.findUnique({
      where: { tenantId_version: { tenantId: input.tenantId, version: input.version } },
    });
    if (!target) throw notFound("That version");
    const current = await tx.retentionPolicy.findUnique({ where: { tenantId: input.tenantId } });
    const from = current?.expirationMaxMinutes ?? DEFAULT_LIFETIME.expirationMaxMinutes;
    const impact = await previewLifetimeChange(tx, input.tenantId, from, target.expirationMaxMinutes);
    if (impact.shortened > 0 && !input.confirmShortening) {
      throw new OperationError(
        "validation",
        `${impact.shortened} member(s) would have their messages expire sooner. Confirm to continue.`,
        {
          confirmShortening: [JSON.stringify(impact)],
        },
      );
    }
    // Bringing back shorter metadata retention may make the next run delete records: confirmed the same way.
    const purge = await countPurgeCandidates(tx, input.tenantId, purgeCutoffs(target));
    const purgeNow = current ? await countPurgeCandidates(tx, input.tenantId, purgeCutoffs(current)) : null;
    const more = (k: "members" | "devices" | "auditEvents") => purge[k] > (purgeNow?.[k] ?? 0);
    if ((more("members") || more("devices") || more("auditEvents")) && !input.confirmShortening) {
      throw new OperationError(
        "validation",
        `The next retention run would delete ${purge.members} member(s), ${purge.devices} device record(s) and ${purge.auditEvents} audit event(s). Confirm to continue.`,
        { confirmShortening: [JSON.stringify({ ...impact, purge })] },
      );
    }
    const data = {
      expirationMaxMinutes: target.expirationMaxMinutes,
      burnOnReadMaxMinutes: target.burnOnReadMaxMinutes,
      complianceRetentionDays: target.complianceRetentionDays,
      compliancePreset: target.compliancePreset,
      deactivatedMemberDays: target.deactivatedMemberDays,
      staleDeviceDays: target.staleDeviceDays,
      auditRetentionDays: target.auditRetentionDays,
      updatedById: ctx.actor.type === "console_user" ? ctx.actor.id : null,
    };
    const saved = await tx.retentionPolicy.upsert({
      where: { tenantId: input.tenantId },
      create: { tenantId: input.tenantId, ...data },
      update: { ...data, version: { increment: 1 } },
    });
    await recordPolicyVersion(tx, saved, ctx);
    await tx.tenant.update({ where: { id: input.tenantId }, data: { settingsVersion: { increment: 1 } } });
    const before = Object.fromEntries(FIELDS.map((f) => [f, current?.[f] ?? null]));
    const changes = diffFields(before, Object.fromEntries(FIELDS.map((f) => [f, data[f]])));
    return {
      result: { version: saved.version },
      audit: {
        target: { type: "retention_policy", id: input.tenantId },
        changes: { before: changes.before, after: { ...changes.after, restoredVersion: input.version } },
      },
    };
  },
});
