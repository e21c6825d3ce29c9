import { count } from "@/lib/operation/wire";
import { z } from "zod";
import { diffFields } from "@/lib/audit/diff-fields";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { countPurgeCandidates } from "./enforcement/count-purge-candidates";
import { purgeCutoffs } from "./enforcement/purge-cutoffs";
import { recordPolicyVersion } from "./record-policy-version";

// Empty (a form's blank field) or null means "keep forever"; leaving the field out is not a choice.
const days = (max: number) =>
  z.preprocess(
    (v) => (v === "" ? null : v),
    z.union(
      [
        z.null(),
        z.coerce
          .number({ message: "expected a number of days" })
          .int("expected a whole number of days")
          .min(1, "at least 1 day")
          .max(max, `at most ${max.toLocaleString("en-US")} days`),
      ],
      {
        error: (issue) =>
          issue.input === undefined
            ? "required: a number of days, or null to keep forever"
            : `expected a whole number of days from 1 to ${max.toLocaleString("en-US")}, or null to keep forever`,
      },
    ),
  );

export const updateMetadataRetentionSchema = tenantInput.extend({
  deactivatedMemberDays: days(36_500),
  staleDeviceDays: days(36_500),
  auditRetentionDays: days(36_500),
  // A change that makes the next run delete anything must be confirmed, after the preview.
  confirmPurge: z.boolean().default(false),
});

/**
 * How long console-side metadata is kept (compliance officers): deactivated
 * members, stale device records, audit events. The audit log is never kept for
 * less than the compliance retention, so the record of who changed what lives
 * at least as long as the archive it governs.
 */
export const updateMetadataRetention = defineOperation({
  name: "retention.metadata_update",
  kind: "write",
  permission: "retention.write",
  schema: updateMetadataRetentionSchema,
  example: (ids) => ({
    tenantId: ids.tenantId,
    deactivatedMemberDays: 1,
    staleDeviceDays: 1,
    auditRetentionDays: 1,
    confirmPurge: true,
  }),
  api: {
    method: "PUT",
    path: "/tenants/{tenantId}/retention/metadata",
    summary: "Console metadata retention",
    version: { operation: "getRetentionPolicy", path: "/tenants/{tenantId}/retention" },
  },
  output: z.object({
    version: count,
    impact: z.object({ members: count, heldMembers: count, devices: count, heldDevices: count, auditEvents: count }),
  }),
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const before = await tx.retentionPolicy.findUnique({ where: { tenantId: input.tenantId } });
    const compliance = before?.complianceRetentionDays ?? null;
    if (input.auditRetentionDays !== null && compliance !== null && input.auditRetentionDays < compliance) {
      throw new OperationError("validation", "The audit log must be kept at least as long as the compliance archive.", {
        auditRetentionDays: [`must be at least the compliance retention (${compliance} days)`],
      });
    }
    const settings = {
      deactivatedMemberDays: input.deactivatedMemberDays,
      staleDeviceDays: input.staleDeviceDays,
      auditRetentionDays: input.auditRetentionDays,
    };
    const impact = await countPurgeCandidates(tx, input.tenantId, purgeCutoffs(settings));
    const wouldDelete = impact.members + impact.devices + impact.auditEvents;
    if (wouldDelete > 0 && !input.confirmPurge) {
      throw new OperationError(
        "validation",
        `The next retention run would delete ${impact.members} member(s), ${impact.devices} device record(s) and ${impact.auditEvents} audit event(s). Confirm to continue.`,
        { confirmPurge: [JSON.stringify(impact)] },
      );
    }
    const saved = await tx.retentionPolicy.upsert({
      where: { tenantId: input.tenantId },
      create: {
        tenantId: input.tenantId,
        ...settings,
        updatedById: ctx.actor.type === "console_user" ? ctx.actor.id : null,
      },
      update: {
        ...settings,
        updatedById: ctx.actor.type === "console_user" ? ctx.actor.id : null,
        version: { increment: 1 },
      },
    });
    await recordPolicyVersion(tx, saved, ctx);
    return {
      result: { version: saved.version, impact },
      audit: {
        target: { type: "retention_policy", id: input.tenantId },
        changes: diffFields(
          {
            deactivatedMemberDays: before?.deactivatedMemberDays ?? null,
            staleDeviceDays: before?.staleDeviceDays ?? null,
            auditRetentionDays: before?.auditRetentionDays ?? null,
          },
          settings,
        ),
      },
    };
  },
});
