import PgBoss from "pg-boss";

const g = globalThis as unknown as { custodianJobQueue?: Promise<PgBoss> };

/**
 * The process's pg-boss instance, on the console's own database (schema
 * `pgboss`), started on first use. Replicas share the queues: pg-boss hands each
 * job to one worker with SKIP LOCKED.
 */
export function getJobQueue(): Promise<PgBoss> {
  g.custodianJobQueue ??= (async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the console with `npm start`");
    // Two connections: the embedded database serves a handful in all, and jobs are few.
    const boss = new PgBoss({ connectionString: url, schema: "pgboss", max: 2, application_name: "custodian-jobs" });
    boss.on("error", (err) => console.error(`jobs: ${err.message}`));
    await boss.start();
    return boss;
  })();
  return g.custodianJobQueue;
}
