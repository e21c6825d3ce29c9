import { policyFields } from "@/lib/retention/policy-output";
import { id, count, atOrNull } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { DEFAULT_LIFETIME } from "./retention-presets";

const retentionPolicy = z.object({
  tenantId: id,
  ...policyFields,
  version: count,
  updatedById: id.nullable(),
  updatedAt: atOrNull,
});

// GET a network's retention policy (defaults when none was saved).
export const getRetentionPolicy = defineOperation({
  name: "retention.read",
  kind: "read",
  permission: "retention.read",
  schema: tenantInput,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { method: "GET", path: "/tenants/{tenantId}/retention", summary: "The retention policy" },
  output: retentionPolicy,
  tenantOf: byTenant,
  async run({ input, db }) {
    const p = await db.retentionPolicy.findUnique({ where: { tenantId: input.tenantId } });
    return (
      p ?? {
        tenantId: input.tenantId,
        ...DEFAULT_LIFETIME,
        complianceRetentionDays: null,
        compliancePreset: null,
        deactivatedMemberDays: null,
        staleDeviceDays: null,
        auditRetentionDays: null,
        version: 0,
        updatedById: null,
        updatedAt: null,
      }
    );
  },
});
