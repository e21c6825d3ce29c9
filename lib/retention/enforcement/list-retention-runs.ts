import { defineOperation } from "@/lib/operation/define-operation";
import { keysetFields, pageByKeyset, type KeyColumn } from "@/lib/pagination/page-by-keyset";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

const ORDER: KeyColumn[] = [
  { field: "createdAt", dir: "desc", kind: "date" },
  { field: "id", dir: "desc", kind: "string" },
];

// GET a page of the network's retention runs, newest first, with their progress.
export const listRetentionRuns = defineOperation({
  name: "retention.run_list",
  kind: "read",
  permission: "retention.read",
  schema: tenantInput.extend(keysetFields(20)),
  api: { method: "GET", path: "/tenants/{tenantId}/retention/runs", summary: "Enforcement runs" },
  tenantOf: byTenant,
  async run({ input, db }) {
    const page = await pageByKeyset(ORDER, input, (keyset) =>
      db.retentionRun.findMany({ ...keyset, where: { AND: [{ tenantId: input.tenantId }, keyset.where] } }),
    );
    return {
      ...page,
      rows: page.rows.map((r) => {
        const done = r.membersDeleted + r.devicesDeleted + r.auditEventsDeleted;
        return { ...r, receiptSeq: r.receiptSeq?.toString() ?? null, done };
      }),
    };
  },
});
