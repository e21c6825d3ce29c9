import { AuditExportFormat, ExportCadence } from "@/lib/generated/prisma/enums";
import { id, json, count, at, atOrNull, page } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { keysetFields, pageByKeyset, type KeyColumn } from "@/lib/pagination/page-by-keyset";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

const schedule = z.object({
  tenantId: id,
  id,
  name: z.string(),
  format: z.enum(AuditExportFormat),
  filter: json,
  cadence: z.enum(ExportCadence),
  target: z.string(),
  keepDays: count,
  nextRunAt: at,
  lastRunAt: atOrNull,
  createdById: id.nullable(),
  createdAt: at,
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
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { method: "GET", path: "/tenants/{tenantId}/audit-export-schedules", summary: "Scheduled exports" },
  output: page(schedule),
  tenantOf: byTenant,
  run: ({ input, db }) =>
    pageByKeyset(SCHEDULE_ORDER, input, (keyset) =>
      db.auditExportSchedule.findMany({ ...keyset, where: { AND: [{ tenantId: input.tenantId }, keyset.where] } }),
    ),
});
