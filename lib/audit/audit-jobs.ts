import type PgBoss from "pg-boss";
import { ensureQueue, type QueueSpec } from "@/lib/jobs/ensure-queue";
import { getConfig } from "@/lib/config/read-config";
import { db } from "@/lib/db";
import { getJobQueue } from "@/lib/jobs/get-job-queue";
import { writeAllAuditDigests } from "./digests/write-audit-digests";
import { exportClaimable, runAuditExport } from "./export/run-audit-export";
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
  // Not claimed: completed already, or another live instance is writing it.
  if (!(await runAuditExport(tenantId, exportId))) return;
  const exp = await db.auditExport.findUnique({ where: { tenantId_id: { tenantId, id: exportId } } });
  if (!exp?.scheduleId || exp.status !== "completed" || !exp.fileName) return;
  const schedule = await db.auditExportSchedule.findUnique({
    where: { tenantId_id: { tenantId, id: exp.scheduleId } },
  });
  if (schedule) await deliverToTarget(exp.fileName, schedule.target, schedule.keepDays);
}

export const AUDIT_QUEUES: QueueSpec[] = [
  // An export of millions of events takes minutes, an hour at worst on a small machine.
  { name: EXPORT_QUEUE, expireInSeconds: 6 * 3600, retryLimit: 3, retryDelay: 30 },
  { name: SCHEDULE_QUEUE, expireInSeconds: 3600, retryLimit: 2 },
  { name: DIGEST_QUEUE, expireInSeconds: 3600, retryLimit: 3 },
];

export async function registerAuditJobs(boss: PgBoss) {
  for (const q of AUDIT_QUEUES) await ensureQueue(boss, q);
  await boss.schedule(SCHEDULE_QUEUE, "*/5 * * * *", {}, { tz: "UTC" });
  await boss.schedule(DIGEST_QUEUE, getConfig().CUSTODIAN_AUDIT_DIGEST_SCHEDULE, {}, { tz: "UTC" });
  await boss.work<ExportJob>(EXPORT_QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await exportOne(job.data);
  });
  await boss.work(SCHEDULE_QUEUE, async () => {
    for (const e of await runDueSchedules()) await enqueueAuditExport(e.tenantId, e.exportId);
    // A replica that died mid-export: its export resumes here within five minutes, restart or not.
    await requeueInterruptedExports();
  });
  await boss.work(DIGEST_QUEUE, async () => {
    await writeAllAuditDigests();
  });
  // One digest of every chain at start, too: verification fails once two scheduled
  // digests are missed, and a console that was down missed at least one.
  await boss.send(DIGEST_QUEUE, {}, { singletonKey: "at-start", singletonSeconds: 300 });
  await requeueInterruptedExports();
}

/**
 * Exports a crash or restart left unfinished: queued ones, and running ones
 * whose instance is no longer alive. Never one a live instance is writing, a
 * completed one or a failed one (pg-boss retries those of its own accord).
 */
export function interruptedExports() {
  return db.$queryRaw<{ tenantId: string; id: string }[]>`
    SELECT "tenantId"::text AS "tenantId", id::text AS id FROM "AuditExport"
    WHERE status IN ('queued', 'running') AND ${exportClaimable}`;
}

/** Interrupted exports go back to the workers, at start-up and every five minutes. */
async function requeueInterruptedExports() {
  for (const e of await interruptedExports()) await enqueueAuditExport(e.tenantId, e.id);
}
