import { id, at } from "@/lib/operation/wire";
import { z } from "zod";
import { auditFilterFields, compactFilter } from "@/lib/audit/explorer/audit-filter";
import { EXPORT_FORMATS } from "@/lib/audit/export/create-audit-export";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { byTenant } from "@/lib/validation/tenant-input";
import { EXPORT_CADENCES, nextBoundary } from "./export-cadence";

// The schedule sets each export's time window itself: one period, back to back.
export const createExportScheduleSchema = auditFilterFields.omit({ from: true, to: true }).extend({
  tenantId: z.uuid({ message: "expected a network id (UUID)" }),
  name: z.string().trim().min(1, "enter a name").max(100, "at most 100 characters"),
  format: z.enum(EXPORT_FORMATS, { message: "expected csv or jsonl" }),
  cadence: z.enum(EXPORT_CADENCES, { message: "expected hourly, daily or weekly" }),
  target: z
    .string()
    .max(64, "at most 64 characters")
    .trim()
    .regex(
      /^[a-z0-9][a-z0-9._-]{0,63}$/,
      "expected a directory name (lower-case letters, digits, dot, dash, underscore) under the export targets folder",
    ),
  keepDays: z.coerce
    .number({ message: "expected a number of days" })
    .int("expected whole days")
    .min(1, "between 1 and 3,650 days")
    .max(3650, "between 1 and 3,650 days"),
});

// POST a recurring export into a target directory.
export const createExportSchedule = defineOperation({
  name: "audit.schedule_create",
  kind: "write",
  permission: "audit.schedule",
  schema: createExportScheduleSchema,
  example: (ids) => ({
    tenantId: ids.tenantId,
    name: "Probe",
    format: "jsonl",
    cadence: "daily",
    target: "probe",
    keepDays: 7,
  }),
  api: { method: "POST", path: "/tenants/{tenantId}/audit-export-schedules", summary: "Schedule an export" },
  output: z.object({ scheduleId: id, nextRunAt: at }),
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const { tenantId, name, format, cadence, target, keepDays, ...filter } = input;
    const taken = await tx.auditExportSchedule.findUnique({ where: { tenantId_name: { tenantId, name } } });
    if (taken)
      throw new OperationError("validation", "Some fields need attention.", { name: ["a schedule has this name"] });
    const row = await tx.auditExportSchedule.create({
      data: {
        tenantId,
        name,
        format,
        cadence,
        target,
        keepDays,
        filter: compactFilter(filter),
        nextRunAt: nextBoundary(cadence, new Date()),
        createdById: ctx.actor.type === "system" ? null : ctx.actor.id,
      },
    });
    return {
      result: { scheduleId: row.id, nextRunAt: row.nextRunAt.toISOString() },
      audit: {
        target: { type: "audit_export_schedule", id: row.id },
        changes: { after: { name, format, cadence, target, keepDays, filter: compactFilter(filter) } },
      },
    };
  },
});
