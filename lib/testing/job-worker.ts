// A separate process, one instance of the console's job workers, for the crash
// and replica tests: the test runs it with `node --import tsx` (Node itself
// runs the script, so SIGKILL lands on the worker) and kills it mid-job.
//   import <tenantId> <importId>   apply an import; after the first committed batch, hang until killed
//   export <tenantId> <exportId>   write an export; prints "result <true|false|undefined>"
//   hold-export <tenantId> <exportId>   claim the export as this instance, as if writing it, until killed
import { runAuditExport } from "@/lib/audit/export/run-audit-export";
import { db } from "@/lib/db";
import { instanceKey } from "@/lib/jobs/instance-lease";
import { runMemberImport } from "@/lib/members/import/run-member-import";

const [command, tenantId, id] = process.argv.slice(2) as [string, string, string];
const hang = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);

if (command === "import") {
  await runMemberImport(tenantId, id, (applied) => {
    console.log(`applied ${applied}`);
    if (applied >= 1000) hang();
  });
} else if (command === "export") {
  console.log(`result ${String(await runAuditExport(tenantId, id))}`);
} else if (command === "hold-export") {
  const owner = await instanceKey();
  await db.auditExport.update({
    where: { tenantId_id: { tenantId, id } },
    data: { status: "running", leaseOwner: owner, attempts: { increment: 1 }, startedAt: new Date() },
  });
  console.log("holding");
  setInterval(() => {}, 60_000);
  await new Promise(() => {});
} else throw new Error(`unknown command ${command}`);
await db.$disconnect();
process.exit(0);
