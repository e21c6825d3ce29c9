import { id } from "@/lib/operation/wire";
import { z } from "zod";
import { auditFilterFields, compactFilter, withRangeCheck } from "@/lib/audit/explorer/audit-filter";
import { actorLabel } from "@/lib/rbac/actor";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";

export const EXPORT_FORMATS = ["csv", "jsonl"] as const;

export const createAuditExportSchema = withRangeCheck(
  auditFilterFields.extend({
    tenantId: z.uuid({ message: "expected a network id (UUID)" }),
    format: z.enum(EXPORT_FORMATS, { message: "expected csv or jsonl" }),
  }),
);

/**
 * Queues an export of a filtered audit log. The caller hands it to the workers
 * once this commits (enqueueAuditExport); the job writes the file and its
 * signed manifest, with progress on the export's row.
 */
export const createAuditExport = defineOperation({
  name: "audit.export",
  kind: "write",
  permission: "audit.export",
  schema: createAuditExportSchema,
  example: (ids) => ({ tenantId: ids.tenantId, format: "csv" }),
  api: {
    method: "POST",
    path: "/tenants/{tenantId}/audit-exports",
    summary: "Export a filtered audit log (CSV or JSON Lines)",
    file: "app/api/v1/tenants/[tenantId]/audit-exports/route.ts",
  },
  output: z.object({ exportId: id, status: z.literal("queued") }),
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const { tenantId, format, ...filter } = input;
    const row = await tx.auditExport.create({
      data: {
        tenantId,
        format,
        filter: compactFilter(filter),
        requestedById: ctx.actor.type === "system" ? null : ctx.actor.id,
        requestedByLabel: actorLabel(ctx.actor),
      },
    });
    return {
      result: { exportId: row.id },
      audit: {
        target: { type: "audit_export", id: row.id },
        changes: { after: { format, filter: compactFilter(filter) } },
      },
    };
  },
});
