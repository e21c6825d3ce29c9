import type PgBoss from "pg-boss";

/** A queue's settings, in the only unit pg-boss 10 reads when it creates or updates a queue. */
export interface QueueSpec {
  name: string;
  /** How long a job may run before pg-boss takes it back as expired (at most 24 h). */
  expireInSeconds: number;
  retryLimit: number;
  retryDelay?: number;
  retryBackoff?: boolean;
}

/**
 * Creates a queue, or brings an existing one to `spec`. Two pg-boss 10.4
 * behaviours make the obvious createQueue call wrong: it accepts expireInHours
 * and expireInMinutes but stores only expireInSeconds (so a 6-hour export got
 * the 15-minute default and was expired under its own feet), and it leaves a
 * queue that already exists as it was. lib/jobs/job-queues.int.test.ts reads
 * the settings back.
 */
export async function ensureQueue(boss: PgBoss, spec: QueueSpec): Promise<void> {
  const { name, ...options } = spec;
  await boss.createQueue(name, { name, ...options });
  await boss.updateQueue(name, { name, ...options });
}
