import type PgBoss from "pg-boss";
import { ensureQueue, type QueueSpec } from "@/lib/jobs/ensure-queue";
import { getConfig } from "@/lib/config/read-config";
import { db } from "@/lib/db";
import { getJobQueue } from "@/lib/jobs/get-job-queue";
import { leaseFree } from "@/lib/jobs/instance-lease";
import { OperationError } from "@/lib/operation/operation-error";
import { startSystemRetentionRun } from "./create-retention-run";
import { processRetentionRun } from "./process-retention-run";

const RUN_QUEUE = "retention-run";
const SWEEP_QUEUE = "retention-sweep";

interface RunJob {
  tenantId: string;
  runId: string;
}

/** Hands a created run to the workers; one job per run however often it is sent. */
export async function enqueueRetentionRun(tenantId: string, runId: string) {
  const boss = await getJobQueue();
  await boss.send(RUN_QUEUE, { tenantId, runId } satisfies RunJob, { singletonKey: runId });
}

/**
 * The scheduled sweep: one run for every network whose policy keeps some
 * console metadata for a limited time. A network with a run still going is
 * skipped until the next sweep.
 */
async function sweep() {
  const tenants = await db.retentionPolicy.findMany({
    where: {
      OR: [
        { deactivatedMemberDays: { not: null } },
        { staleDeviceDays: { not: null } },
        { auditRetentionDays: { not: null } },
      ],
    },
    select: { tenantId: true },
  });
  const live = await db.tenant.findMany({
    where: { id: { in: tenants.map((t) => t.tenantId) }, deletedAt: null },
    select: { id: true },
  });
  for (const { id: tenantId } of live) {
    try {
      const run = await startSystemRetentionRun(tenantId, "schedule", "retention schedule");
      await enqueueRetentionRun(tenantId, run.id);
    } catch (err) {
      if (!(err instanceof OperationError)) throw err;
    }
  }
}

/**
 * Runs a crash or a restart left behind: queued ones, and running ones whose
 * lease ran out or whose instance is no longer alive (never one a live
 * instance is running).
 */
export function interruptedRuns() {
  return db.$queryRaw<{ tenantId: string; id: string }[]>`
    SELECT "tenantId"::text AS "tenantId", id::text AS id FROM "RetentionRun"
    WHERE status IN ('queued', 'running') AND ${leaseFree()}`;
}

/** Interrupted runs go back to the workers, at start-up and with each sweep. */
async function requeueInterrupted() {
  for (const r of await interruptedRuns()) await enqueueRetentionRun(r.tenantId, r.id);
}

export const RETENTION_QUEUES: QueueSpec[] = [
  // A run can take hours at millions of rows; retries resume it from its last batch.
  { name: RUN_QUEUE, expireInSeconds: 6 * 3600, retryLimit: 10, retryDelay: 30, retryBackoff: true },
  { name: SWEEP_QUEUE, expireInSeconds: 3600, retryLimit: 2 },
];

export async function registerRetentionJobs(boss: PgBoss) {
  for (const q of RETENTION_QUEUES) await ensureQueue(boss, q);
  await boss.schedule(SWEEP_QUEUE, getConfig().CUSTODIAN_RETENTION_SCHEDULE, {}, { tz: "UTC" });
  await boss.work<RunJob>(RUN_QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) {
      // Another worker holds the lease (or held it when it crashed): retry once it may have lapsed.
      if ((await processRetentionRun(job.data.tenantId, job.data.runId)) === "busy")
        throw new Error(`retention run ${job.data.runId} is leased by another worker`);
    }
  });
  await boss.work(SWEEP_QUEUE, async () => {
    // A replica that died mid-run: its run resumes here at the next sweep, restart or not.
    await requeueInterrupted();
    await sweep();
  });
  await requeueInterrupted();
}
