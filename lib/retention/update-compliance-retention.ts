import { count } from "@/lib/operation/wire";
import { z } from "zod";
import { diffFields } from "@/lib/audit/diff-fields";
import { defineOperation } from "@/lib/operation/define-operation";
import { recordPolicyVersion } from "./record-policy-version";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { COMPLIANCE_PRESETS, type CompliancePreset } from "./retention-presets";

export const updateComplianceSchema = tenantInput
  .extend({
    preset: z.enum(["none", "custom", ...(Object.keys(COMPLIANCE_PRESETS) as CompliancePreset[])], {
      message: "choose a preset",
    }),
    days: z.coerce
      .number({ message: "expected a number of days" })
      .int("expected a whole number of days")
      .min(1, "at least 1 day")
      .max(36_500, "at most 100 years")
      .optional(),
  })
  .refine((v) => v.preset !== "custom" || v.days !== undefined, {
    path: ["days"],
    message: "enter the number of days to keep",
  });

// How long the compliance archive keeps copies (compliance officers). Presets name their regulation.
export const updateComplianceRetention = defineOperation({
  name: "retention.compliance_update",
  kind: "write",
  permission: "retention.write",
  schema: updateComplianceSchema,
  example: (ids) => ({ tenantId: ids.tenantId, preset: "finra_4511" }),
  api: {
    method: "PUT",
    path: "/tenants/{tenantId}/retention/compliance",
    summary: "Compliance retention",
    version: { operation: "getRetentionPolicy", path: "/tenants/{tenantId}/retention" },
  },
  output: z.object({ version: count, days: count.nullable() }),
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const before = await tx.retentionPolicy.findUnique({ where: { tenantId: input.tenantId } });
    const days =
      input.preset === "none" ? null : input.preset === "custom" ? input.days! : COMPLIANCE_PRESETS[input.preset].days;
    const preset = input.preset === "none" || input.preset === "custom" ? null : input.preset;
    const data = {
      complianceRetentionDays: days,
      compliancePreset: preset,
      updatedById: ctx.actor.type === "console_user" ? ctx.actor.id : null,
    };
    const saved = await tx.retentionPolicy.upsert({
      where: { tenantId: input.tenantId },
      create: { tenantId: input.tenantId, ...data },
      update: { ...data, version: { increment: 1 } },
    });
    await recordPolicyVersion(tx, saved, ctx);
    return {
      result: { version: saved.version, days },
      audit: {
        target: { type: "retention_policy", id: input.tenantId },
        changes: diffFields(
          {
            complianceRetentionDays: before?.complianceRetentionDays ?? null,
            compliancePreset: before?.compliancePreset ?? null,
          },
          { complianceRetentionDays: days, compliancePreset: preset },
        ),
      },
    };
  },
});
