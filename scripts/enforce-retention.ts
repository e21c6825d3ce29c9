// npm run retention:enforce -- <network slug or id> [--run <run id>]
// Runs the retention job for one network in the foreground, with progress:
// starts a new run (recorded as the system's, with its audit event), or with
// --run resumes one that a crash interrupted. The server's workers do the same
// on their schedule; this is for operators and for the crash test.
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/operation/operation-error";
import { startSystemRetentionRun } from "@/lib/retention/enforcement/create-retention-run";
import { processRetentionRun } from "@/lib/retention/enforcement/process-retention-run";
import { withDatabase } from "./with-database";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { run: { type: "string" } } });
const [network] = positionals;
if (!network) {
  console.error("usage: npm run retention:enforce -- <network slug or id> [--run <run id>]");
  process.exit(2);
}

await withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  const uuid = /^[0-9a-f-]{36}$/i.test(network);
  const tenant = await db.tenant.findFirst({ where: uuid ? { id: network } : { slug: network } });
  if (!tenant) {
    console.error(`no network ${network}`);
    process.exit(1);
  }
  let runId = values.run;
  if (!runId) {
    try {
      const run = await startSystemRetentionRun(tenant.id, "manual", "retention command");
      runId = run.id;
    } catch (err) {
      if (!(err instanceof OperationError)) throw err;
      console.error(err.message);
      process.exit(1);
    }
  }
  console.log(`retention run ${runId} for ${tenant.slug}`);
  const outcome = await processRetentionRun(tenant.id, runId, {
    onBatch: (p) => console.log(`${p.kind}: ${p.done}/${p.total}`),
  });
  const run = await db.retentionRun.findUnique({ where: { tenantId_id: { tenantId: tenant.id, id: runId } } });
  console.log(
    `${outcome}: ${run?.membersDeleted ?? 0} members, ${run?.devicesDeleted ?? 0} devices, ${run?.auditEventsDeleted ?? 0} audit events deleted${run?.receiptSeq ? `; receipt at audit seq ${run.receiptSeq}` : ""}`,
  );
  await db.$disconnect();
  if (outcome === "busy") process.exit(3);
  if (outcome === "failed") process.exit(1);
});
