import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

// GET the network's latest retention runs, newest first, with their progress.
export const listRetentionRuns = defineOperation({
  name: "retention.run_list",
  kind: "read",
  permission: "retention.read",
  schema: tenantInput,
  tenantOf: byTenant,
  async run({ input, db }) {
    const runs = await db.retentionRun.findMany({
      where: { tenantId: input.tenantId },
      orderBy: { createdAt: "desc" },
      take: 20,
    });
    return runs.map((r) => {
      const done = r.membersDeleted + r.devicesDeleted + r.auditEventsDeleted;
      return { ...r, receiptSeq: r.receiptSeq?.toString() ?? null, done };
    });
  },
});
