import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_QUEUES } from "@/lib/audit/audit-jobs";
import { RETENTION_QUEUES } from "@/lib/retention/enforcement/retention-jobs";
import { ensureQueue } from "./ensure-queue";

let boss: PgBoss;

beforeAll(async () => {
  // A schema of its own: the settings read back are this test's, whatever else runs on the database.
  boss = new PgBoss({ connectionString: process.env.DATABASE_URL, schema: `pgboss_queues_${process.pid}`, max: 2 });
  await boss.start();
});
afterAll(() => boss.stop({ graceful: false }));

describe("job queues", () => {
  it("expire and retry as the code says, read back from pg-boss", async () => {
    const specs = [...AUDIT_QUEUES, ...RETENTION_QUEUES];
    expect(specs.map((q) => q.name)).toContain("audit-export");
    for (const spec of specs) {
      await ensureQueue(boss, spec);
      const q = (await boss.getQueue(spec.name)) as { expireInSeconds: number; retryLimit: number } | null;
      expect(q, spec.name).toMatchObject({ expireInSeconds: spec.expireInSeconds, retryLimit: spec.retryLimit });
    }
    // Long jobs get hours, not pg-boss's 15-minute default.
    expect(specs.find((q) => q.name === "audit-export")!.expireInSeconds).toBe(6 * 3600);
  });

  it("bring a queue created earlier with other settings to what the code says", async () => {
    const spec = { name: "queue-settings-test", expireInSeconds: 7200, retryLimit: 4 };
    // As the old code made them: expireInHours, which pg-boss 10.4 drops (null: its 15-minute default at send).
    await boss.createQueue(spec.name, { name: spec.name, retryLimit: 1, expireInHours: 2 });
    expect(await boss.getQueue(spec.name)).toMatchObject({ expireInSeconds: null, retryLimit: 1 });
    await ensureQueue(boss, spec);
    expect(await boss.getQueue(spec.name)).toMatchObject({ expireInSeconds: 7200, retryLimit: 4 });
  });
});
