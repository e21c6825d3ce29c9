import { RetentionRunStatus } from "@/lib/generated/prisma/enums";
import { id, count, atOrNull, json, seq, at, page } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { keysetFields, pageByKeyset, type KeyColumn } from "@/lib/pagination/page-by-keyset";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

const retentionRun = z.object({
  tenantId: id,
  id,
  trigger: z.string(),
  status: z.enum(RetentionRunStatus),
  policyVersion: count,
  membersBefore: atOrNull,
  devicesBefore: atOrNull,
  auditBefore: atOrNull,
  total: count,
  phase: z.string().nullable(),
  membersDeleted: count,
  devicesDeleted: count,
  auditEventsDeleted: count,
  heldMembersSkipped: count,
  heldDevicesSkipped: count,
  holds: json,
  position: json,
  batches: count,
  longestBatchMs: count,
  attempts: count,
  leaseUntil: atOrNull,
  // The worker instance holding the lease (lib/jobs/instance-lease.ts), or null.
  leaseOwner: z.number().int().nullable(),
  error: z.string().nullable(),
  receiptSeq: seq.nullable(),
  startedById: id.nullable(),
  createdAt: at,
  startedAt: atOrNull,
  finishedAt: atOrNull,
  updatedAt: at,
  done: count,
});

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
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { method: "GET", path: "/tenants/{tenantId}/retention/runs", summary: "Enforcement runs" },
  output: page(retentionRun),
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
