import { Cron } from "croner";

/** How late a scheduled digest job may write, past its time (a run over many chains takes a while). */
export const DIGEST_GRACE_MS = 5 * 60_000;

// Parsed schedules by expression; a verification asks one schedule thousands of times.
const parsed = new Map<string, Cron>();

/** The digest schedule as the job runs it: cron, in UTC. Throws on an expression that is not one. */
export function digestCron(schedule: string): Cron {
  let cron = parsed.get(schedule);
  if (!cron) {
    cron = new Cron(schedule, { utcOffset: 0, paused: true });
    parsed.set(schedule, cron);
  }
  return cron;
}

/**
 * By when the series must have moved on from a digest made at `at`: the
 * second scheduled run after it, plus the grace. A digest may be missed once
 * (a restart at the top of the hour); a second missed run means the newest
 * digest is older than two digest periods, or two digests are further apart
 * than that, which verification reports. Irregular schedules (weekdays only)
 * have their own periods.
 */
export function nextDigestDueBy(schedule: string, at: Date): Date {
  const [, second] = digestCron(schedule).nextRuns(2, at);
  // A schedule with no further run (a date long past) never makes a digest late.
  return second ? new Date(second.getTime() + DIGEST_GRACE_MS) : new Date(8.64e15);
}
