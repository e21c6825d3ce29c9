import { id } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

// DELETE a schedule; the files it already wrote stay until their own retention.
export const deleteExportSchedule = defineOperation({
  name: "audit.schedule_delete",
  kind: "write",
  permission: "audit.schedule",
  schema: tenantInput.extend({ scheduleId: z.uuid({ message: "expected a schedule id (UUID)" }) }),
  example: (ids) => ({ tenantId: ids.tenantId, scheduleId: ids.scheduleId }),
  api: {
    method: "DELETE",
    path: "/tenants/{tenantId}/audit-export-schedules/{scheduleId}",
    summary: "Delete a schedule",
  },
  output: z.object({ scheduleId: id }),
  tenantOf: byTenant,
  async run({ input, tx }) {
    const where = { tenantId_id: { tenantId: input.tenantId, id: input.scheduleId } };
    const row = await tx.auditExportSchedule.findUnique({ where });
    if (!row) throw notFound("The schedule");
    await tx.auditExportSchedule.delete({ where });
    return {
      result: { scheduleId: row.id },
      audit: {
        target: { type: "audit_export_schedule", id: row.id },
        changes: { before: { name: row.name, cadence: row.cadence, target: row.target } },
      },
    };
  },
});
