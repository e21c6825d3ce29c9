// A separate process that appends audit events to one chain, for the
// concurrency test: run two of these at once against the same tenant.
import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { db } from "@/lib/db";

const [tenantId, countArg, label] = process.argv.slice(2);
const count = Number(countArg);
for (let i = 0; i < count; i++) {
  await db.$transaction((tx) =>
    appendAuditEvent(tx, {
      tenantId: tenantId!,
      action: "tenant.update",
      outcome: "success",
      actor: { type: "system", label: label ?? "worker" },
      changes: { after: { worker: label, i } },
    }),
  );
}
await db.$disconnect();
console.log(`appended ${count}`);
