import { lifetimeImpact } from "@/lib/retention/lifetime-impact-output";
import { count } from "@/lib/operation/wire";
import { z } from "zod";
import { diffFields } from "@/lib/audit/diff-fields";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { previewLifetimeChange } from "./preview-lifetime-change";
import { recordPolicyVersion } from "./record-policy-version";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { DEFAULT_LIFETIME } from "./retention-presets";

const YEAR = 525_600;

export const updateLifetimeSchema = tenantInput
  .extend({
    expirationMaxMinutes: z.coerce
      .number({ message: "expected a whole number" })
      .int("expected a whole number")
      .min(1, "must be between 1 and 525,600")
      .max(YEAR, "must be between 1 and 525,600"),
    burnOnReadMaxMinutes: z.coerce
      .number({ message: "expected a whole number" })
      .int("expected a whole number")
      .min(0, "must be between 0 and 525,600")
      .max(YEAR, "must be between 0 and 525,600"),
    // A change that makes anyone's messages expire sooner must be confirmed, after the preview.
    confirmShortening: z.boolean().default(false),
  })
  .refine((v) => v.burnOnReadMaxMinutes <= v.expirationMaxMinutes, {
    path: ["burnOnReadMaxMinutes"],
    message: "must not exceed the message expiration maximum",
  });

// The network's default message lifetime (admins). Groups and exceptions can only tighten it.
export const updateLifetimeDefaults = defineOperation({
  name: "retention.lifetime_update",
  kind: "write",
  permission: "policies.write",
  schema: updateLifetimeSchema,
  example: (ids) => ({ tenantId: ids.tenantId, expirationMaxMinutes: 1440, burnOnReadMaxMinutes: 0 }),
  api: {
    method: "PUT",
    path: "/tenants/{tenantId}/retention/lifetime",
    summary: "Message lifetime defaults",
    version: { operation: "getRetentionPolicy", path: "/tenants/{tenantId}/retention" },
  },
  output: z.object({ version: count, impact: lifetimeImpact }),
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const before = (await tx.retentionPolicy.findUnique({ where: { tenantId: input.tenantId } })) ?? {
      ...DEFAULT_LIFETIME,
      version: 0,
    };
    const impact = await previewLifetimeChange(
      tx,
      input.tenantId,
      before.expirationMaxMinutes,
      input.expirationMaxMinutes,
    );
    if (impact.shortened > 0 && !input.confirmShortening) {
      throw new OperationError(
        "validation",
        `${impact.shortened} member(s) in ${impact.groups} group(s) would have their messages expire sooner. Confirm to continue.`,
        { confirmShortening: [JSON.stringify(impact)] },
      );
    }
    const data = {
      expirationMaxMinutes: input.expirationMaxMinutes,
      burnOnReadMaxMinutes: input.burnOnReadMaxMinutes,
      updatedById: ctx.actor.type === "console_user" ? ctx.actor.id : null,
    };
    const saved = await tx.retentionPolicy.upsert({
      where: { tenantId: input.tenantId },
      create: { tenantId: input.tenantId, ...data },
      update: { ...data, version: { increment: 1 } },
    });
    await recordPolicyVersion(tx, saved, ctx);
    await tx.tenant.update({ where: { id: input.tenantId }, data: { settingsVersion: { increment: 1 } } });
    return {
      result: { version: saved.version, impact },
      audit: {
        target: { type: "retention_policy", id: input.tenantId },
        changes: diffFields(
          { expirationMaxMinutes: before.expirationMaxMinutes, burnOnReadMaxMinutes: before.burnOnReadMaxMinutes },
          { expirationMaxMinutes: input.expirationMaxMinutes, burnOnReadMaxMinutes: input.burnOnReadMaxMinutes },
        ),
      },
    };
  },
});
