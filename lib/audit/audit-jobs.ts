import type PgBoss from "pg-boss";
import { getConfig } from "@/lib/config/read-config";
import { db } from "@/lib/db";
import { getJobQueue } from "@/lib/jobs/get-job-queue";
import { writeAllAuditDigests } from "./digests/write-audit-digests";
import { runAuditExport } from "./export/run-audit-export";
import { deliverToTarget } from "./schedules/deliver-to-target";
import { runDueSchedules } from "./schedules/run-due-schedules";

const EXPORT_QUEUE = "audit-export";
const SCHEDULE_QUEUE = "audit-export-schedules";
const DIGEST_QUEUE = "audit-digest";

interface ExportJob {
  tenantId: string;
  exportId: string;
}

/** Hands a created export to the workers; one job per export however often it is sent. */
export async function enqueueAuditExport(tenantId: string, exportId: string) {
  const boss = await getJobQueue();
  await boss.send(EXPORT_QUEUE, { tenantId, exportId } satisfies ExportJob, { singletonKey: exportId });
}

async function exportOne({ tenantId, exportId }: ExportJob) {
  await runAuditExport(tenantId, exportId);
  const exp = await db.auditExport.findUnique({ where: { tenantId_id: { tenantId, id: exportId } } });
  if (!exp?.scheduleId || exp.status !== "completed" || !exp.fileName) return;
  const schedule = await db.auditExportSchedule.findUnique({
    where: { tenantId_id: { tenantId, id: exp.scheduleId } },
  });
  if (schedule) await deliverToTarget(exp.fileName, schedule.target, schedule.keepDays);
}

export async function registerAuditJobs(boss: PgBoss) {
  await boss.createQueue(EXPORT_QUEUE, { name: EXPORT_QUEUE, expireInHours: 6, retryLimit: 3, retryDelay: 30 });
  await boss.createQueue(SCHEDULE_QUEUE, { name: SCHEDULE_QUEUE, expireInHours: 1, retryLimit: 2 });
  await boss.createQueue(DIGEST_QUEUE, { name: DIGEST_QUEUE, expireInHours: 1, retryLimit: 3 });
  await boss.schedule(SCHEDULE_QUEUE, "*/5 * * * *", {}, { tz: "UTC" });
  await boss.schedule(DIGEST_QUEUE, getConfig().CUSTODIAN_AUDIT_DIGEST_SCHEDULE, {}, { tz: "UTC" });
  await boss.work<ExportJob>(EXPORT_QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await exportOne(job.data);
  });
  await boss.work(SCHEDULE_QUEUE, async () => {
    for (const e of await runDueSchedules()) await enqueueAuditExport(e.tenantId, e.exportId);
  });
  await boss.work(DIGEST_QUEUE, async () => {
    await writeAllAuditDigests();
  });
  // One digest of every chain at start, too: verification fails once two scheduled
  // digests are missed, and a console that was down missed at least one.
  await boss.send(DIGEST_QUEUE, {}, { singletonKey: "at-start", singletonSeconds: 300 });
  // Exports a crash or restart left unfinished go back to the workers.
  const unfinished = await db.auditExport.findMany({
    where: { status: { in: ["queued", "running"] } },
    select: { tenantId: true, id: true },
  });
  for (const e of unfinished) await enqueueAuditExport(e.tenantId, e.id);
}
