// The retention job purging 1,000,000 expired device records: its throughput
// beside one plain DELETE of the same rows, the longest it holds any lock (one
// batch's transaction), and the member list's latency while it runs beside the
// same list with nothing else running.
import pg from "pg";
import { loadConsoleActor } from "@/lib/auth/load-console-actor";
import { db } from "@/lib/db";
import { listMembers } from "@/lib/members/list-members";
import { createRetentionRun } from "@/lib/retention/enforcement/create-retention-run";
import { processRetentionRun } from "@/lib/retention/enforcement/process-retention-run";
import { type Bench, type BenchRow, measure, ms } from "./harness";

const DEVICES = Number(process.env.BENCH_DEVICES ?? 1_000_000);
const MEMBERS = Math.max(1, Math.floor(DEVICES / 10));

function p95(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}

const bench: Bench = {
  name: "retention purge",
  async run({ url, log }) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const [{ id: tenantId }] = (
        await client.query<{ id: string }>(
          `INSERT INTO "Tenant" (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), 'purge', 'Purge', now()) RETURNING id`,
        )
      ).rows as [{ id: string }];
      const [{ id: groupId }] = (
        await client.query<{ id: string }>(
          `INSERT INTO "SecurityGroup" ("tenantId", id, name, "isDefault", settings, "updatedAt")
           VALUES ($1, gen_random_uuid(), 'Default', true, '{}', now()) RETURNING id`,
          [tenantId],
        )
      ).rows as [{ id: string }];
      await client.query(
        `INSERT INTO "Member" ("tenantId", id, email, "displayName", status, "groupId", "updatedAt")
         SELECT $1, gen_random_uuid(), 'user' || i || '@purge.example', 'Person ' || i, 'active', $2, now()
         FROM generate_series(1, $3::int) i`,
        [tenantId, groupId, MEMBERS],
      );
      // Every device last seen a year or more ago: all of them expired under a 90-day policy.
      const seedDevices = async () => {
        const t0 = Date.now();
        await client.query(
          `INSERT INTO "Device" ("tenantId", id, "memberId", platform, "appVersion", "registeredAt", "lastSeenAt")
           SELECT m."tenantId", gen_random_uuid(), m.id, 'android', '6.0', now() - interval '2 years',
                  now() - interval '1 year' - (k * interval '1 hour')
           FROM "Member" m CROSS JOIN generate_series(1, 10) k WHERE m."tenantId" = $1`,
          [tenantId],
        );
        await client.query(`ANALYZE "Device"; ANALYZE "Member"`);
        log(`seeded ${DEVICES.toLocaleString("en-US")} expired devices in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      };

      await client.query(
        `INSERT INTO "ConsoleUser" (id, email, name, "isPlatformOperator", "updatedAt") VALUES (gen_random_uuid(), 'bench@purge', 'Bench', true, now())`,
      );
      const opId = (await client.query<{ id: string }>(`SELECT id FROM "ConsoleUser" WHERE email = 'bench@purge'`))
        .rows[0]!.id;
      const ctx = { actor: (await loadConsoleActor(opId))!.actor, request: {} };
      const list = () => listMembers(ctx, { tenantId, pageSize: 50 });

      // Baseline: one DELETE statement, holding every deleted row's lock until it commits.
      await seedDevices();
      const t0 = performance.now();
      const raw = await client.query(
        `DELETE FROM "Device" WHERE "tenantId" = $1 AND "lastSeenAt" < now() - interval '90 days'`,
        [tenantId],
      );
      const rawMs = performance.now() - t0;
      const rawRate = (raw.rowCount ?? 0) / (rawMs / 1000);
      log(`plain DELETE: ${raw.rowCount} rows in ${(rawMs / 1000).toFixed(1)} s`);

      const idle = await measure(list, 40, 5);

      // The job, with the shipped defaults (batches of 1,000, 20 ms apart).
      await seedDevices();
      await client.query(
        `INSERT INTO "RetentionPolicy" ("tenantId", "staleDeviceDays", "updatedAt") VALUES ($1, 90, now())`,
        [tenantId],
      );
      const run = await db.$transaction((tx) => createRetentionRun(tx, tenantId, "manual", null), { timeout: 120_000 });
      const batches: number[] = [];
      const during: number[] = [];
      let running = true;
      const prober = (async () => {
        while (running) {
          const s = performance.now();
          await list();
          during.push(performance.now() - s);
          await new Promise((r) => setTimeout(r, 25));
        }
      })();
      const j0 = performance.now();
      const outcome = await processRetentionRun(tenantId, run.id, { onBatch: (p) => batches.push(p.ms) });
      const jobMs = performance.now() - j0;
      running = false;
      await prober;
      const done = await db.retentionRun.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: run.id } } });
      if (outcome !== "completed" || done.devicesDeleted !== DEVICES)
        throw new Error(`the run ended ${outcome} with ${done.devicesDeleted} devices deleted`);
      const jobRate = done.devicesDeleted / (jobMs / 1000);
      // Measured inside PostgreSQL: from each batch's BEGIN to the end of its delete.
      const server = (
        await client.query<{ max: number; p95: number }>(
          `SELECT max("lockMs")::int AS max, percentile_disc(0.95) WITHIN GROUP (ORDER BY "lockMs")::int AS p95
           FROM "RetentionRunBatch" WHERE "runId" = $1`,
          [run.id],
        )
      ).rows[0]!;
      log(`job: ${done.devicesDeleted} rows in ${(jobMs / 1000).toFixed(1)} s, ${batches.length} batches`);

      // The same purge unthrottled (batches of 5,000, no pause, nobody else on the database): the job's ceiling.
      await client.query(`DELETE FROM "RetentionRun"`);
      await seedDevices();
      const fast = await db.$transaction((tx) => createRetentionRun(tx, tenantId, "manual", null), {
        timeout: 120_000,
      });
      const fastBatches: number[] = [];
      const f0 = performance.now();
      await processRetentionRun(tenantId, fast.id, {
        batchSize: 5000,
        pauseMs: 0,
        onBatch: (p) => fastBatches.push(p.ms),
      });
      const fastMs = performance.now() - f0;
      const fastRate = DEVICES / (fastMs / 1000);

      const rows: BenchRow[] = [
        {
          name: `job purges ${DEVICES.toLocaleString("en-US")} expired devices (defaults: 1,000 a batch, 20 ms apart)`,
          value: `${Math.round(jobRate).toLocaleString("en-US")} rows/s (${(jobMs / 1000).toFixed(1)} s)`,
          baselineName: "one DELETE statement",
          baseline: `${Math.round(rawRate).toLocaleString("en-US")} rows/s (${(rawMs / 1000).toFixed(1)} s)`,
          ratio: jobRate / rawRate,
        },
        {
          name: `job unthrottled (5,000 a batch, no pause): longest lock hold ${Math.max(...fastBatches).toFixed(0)} ms`,
          value: `${Math.round(fastRate).toLocaleString("en-US")} rows/s (${(fastMs / 1000).toFixed(1)} s)`,
          baselineName: "one DELETE statement",
          baseline: `${Math.round(rawRate).toLocaleString("en-US")} rows/s (${(rawMs / 1000).toFixed(1)} s)`,
          ratio: fastRate / rawRate,
        },
        {
          name: "longest lock hold, defaults: one batch's transaction as the worker saw it, commit included, list requests sharing its process",
          value: `${Math.max(...batches).toFixed(0)} ms (p95 ${p95(batches).toFixed(0)} ms over ${batches.length} batches)`,
          baselineName: "one DELETE statement",
          baseline: `${rawMs.toFixed(0)} ms`,
          ratio: Math.max(...batches) / rawMs,
        },
        {
          name: "the same, measured inside PostgreSQL (BEGIN to the end of the delete)",
          value: `${server.max} ms (p95 ${server.p95} ms)`,
        },
        {
          name: `member list first page while the job runs (${during.length} requests)`,
          value: `p50 ${[...during].sort((a, b) => a - b)[Math.floor(during.length / 2)]!.toFixed(1)} ms · p95 ${p95(during).toFixed(1)} ms`,
          baselineName: "same list, nothing else running",
          baseline: ms(idle),
          ratio: p95(during) / idle.p95,
        },
      ];
      return rows;
    } finally {
      await client.end();
      await db.$disconnect();
    }
  },
};

export default bench;
