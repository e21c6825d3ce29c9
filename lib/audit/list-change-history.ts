import { seq, at, json, page } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { keysetFields, pageByKeyset, type KeyColumn } from "@/lib/pagination/page-by-keyset";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";

const historyEntry = z.object({
  seq,
  at,
  action: z.string(),
  actor: z.string().nullable(),
  rows: z.array(z.object({ path: z.string(), before: json, after: json })),
});

// Newest first (seq is unique within the network).
const ORDER: KeyColumn[] = [{ field: "seq", dir: "desc", kind: "bigint" }];
import { flattenChanges } from "./diff-fields";

export const listChangeHistorySchema = tenantInput.extend({
  targetType: z.enum(["tenant", "group", "member_sso", "member", "federation_partner"]),
  targetId: z.uuid(),
  ...keysetFields(20),
});

// GET a page of the changes to one object, newest first, as field-by-field diffs.
export const listChangeHistory = defineOperation({
  name: "tenant.history",
  kind: "read",
  permission: "audit.read",
  schema: listChangeHistorySchema,
  example: (ids) => ({ tenantId: ids.tenantId, targetType: "group", targetId: ids.groupId }),
  api: { method: "GET", path: "/tenants/{tenantId}/history", summary: "Recent changes to one object" },
  output: page(historyEntry),
  tenantOf: byTenant,
  async run({ input, db }) {
    const base = { tenantId: input.tenantId, targetType: input.targetType, targetId: input.targetId };
    const page = await pageByKeyset(ORDER, input, (keyset) =>
      db.auditEvent.findMany({
        ...keyset,
        where: { AND: [{ ...base, outcome: "success" }, keyset.where] },
        select: { seq: true, at: true, action: true, actorLabel: true, changes: true },
      }),
    );
    const rows = page.rows.map((e) => ({
      seq: e.seq.toString(),
      at: e.at.toISOString(),
      action: e.action,
      actor: e.actorLabel,
      rows: flattenChanges(e.changes as { before?: unknown; after?: unknown } | null),
    }));
    return { ...page, rows };
  },
});
