import { z } from "zod";
import { auditFilterFields, compactFilter } from "@/lib/audit/explorer/audit-filter";
import { EXPORT_FORMATS } from "@/lib/audit/export/create-audit-export";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError, notFound } from "@/lib/operation/operation-error";
import { keysetFields, pageByKeyset, type KeyColumn } from "@/lib/pagination/page-by-keyset";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
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
  api: { method: "POST", path: "/tenants/{tenantId}/audit-export-schedules", summary: "Schedule an export" },
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

const SCHEDULE_ORDER: KeyColumn[] = [
  { field: "createdAt", dir: "asc", kind: "date" },
  { field: "id", dir: "asc", kind: "string" },
];

// GET a page of a network's export schedules, oldest first. Reading the
// configuration is open to whoever reads the log; changing it is not.
export const listExportSchedules = defineOperation({
  name: "audit.schedule_list",
  kind: "read",
  permission: "audit.read",
  schema: tenantInput.extend(keysetFields(100)),
  api: { method: "GET", path: "/tenants/{tenantId}/audit-export-schedules", summary: "Scheduled exports" },
  tenantOf: byTenant,
  run: ({ input, db }) =>
    pageByKeyset(SCHEDULE_ORDER, input, (keyset) =>
      db.auditExportSchedule.findMany({ ...keyset, where: { AND: [{ tenantId: input.tenantId }, keyset.where] } }),
    ),
});

// DELETE a schedule; the files it already wrote stay until their own retention.
export const deleteExportSchedule = defineOperation({
  name: "audit.schedule_delete",
  kind: "write",
  permission: "audit.schedule",
  schema: tenantInput.extend({ scheduleId: z.uuid({ message: "expected a schedule id (UUID)" }) }),
  api: {
    method: "DELETE",
    path: "/tenants/{tenantId}/audit-export-schedules/{scheduleId}",
    summary: "Delete a schedule",
  },
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
