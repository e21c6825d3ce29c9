import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CADENCE_MS, type ExportCadence } from "./export-cadence";

// A console that was down for a long time catches up this many periods per schedule at most.
const MAX_CATCH_UP = 48;

/**
 * Creates the exports every due schedule owes: one per elapsed period, each
 * covering exactly [boundary − period, boundary), so consecutive files neither
 * overlap nor leave a gap. Due schedules are claimed with SKIP LOCKED, so two
 * instances never create the same period twice. Returns the exports to enqueue.
 */
export async function runDueSchedules(now = new Date()): Promise<{ tenantId: string; exportId: string }[]> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ tenantId: string; id: string }[]>`
      SELECT "tenantId", id FROM "AuditExportSchedule" WHERE "nextRunAt" <= ${now} FOR UPDATE SKIP LOCKED`;
    const created: { tenantId: string; exportId: string }[] = [];
    for (const { tenantId, id } of due) {
      const s = await tx.auditExportSchedule.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } } });
      const period = CADENCE_MS[s.cadence as ExportCadence];
      let boundary = s.nextRunAt.getTime();
      for (let i = 0; i < MAX_CATCH_UP && boundary <= now.getTime(); i++, boundary += period) {
        const filter = {
          ...(s.filter as Record<string, string>),
          from: new Date(boundary - period).toISOString(),
          to: new Date(boundary).toISOString(),
        };
        const exp = await tx.auditExport.create({
          data: {
            tenantId,
            format: s.format,
            filter: filter as Prisma.InputJsonValue,
            scheduleId: s.id,
            requestedByLabel: `schedule:${s.name}`,
          },
        });
        await appendAuditEvent(tx, {
          tenantId,
          action: "audit.scheduled_export",
          outcome: "success",
          actor: { type: "system", label: `schedule:${s.name}` },
          target: { type: "audit_export", id: exp.id },
          changes: { after: { scheduleId: s.id, format: s.format, filter, target: s.target } },
        });
        created.push({ tenantId, exportId: exp.id });
      }
      // Past the catch-up limit, skip ahead to the next boundary after now.
      while (boundary <= now.getTime()) boundary += period;
      await tx.auditExportSchedule.update({
        where: { tenantId_id: { tenantId, id } },
        data: { nextRunAt: new Date(boundary), lastRunAt: now },
      });
    }
    return created;
  });
}
