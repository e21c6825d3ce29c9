import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { flattenChanges } from "./diff-fields";

export const listChangeHistorySchema = tenantInput.extend({
  targetType: z.enum(["tenant", "group", "member_sso", "member", "federation_partner"]),
  targetId: z.uuid(),
  take: z.coerce.number().int().min(1).max(200).default(20),
});

// GET the recent changes to one network or group, as field-by-field diffs.
export const listChangeHistory = defineOperation({
  name: "tenant.history",
  kind: "read",
  permission: "audit.read",
  schema: listChangeHistorySchema,
  tenantOf: byTenant,
  async run({ input, db }) {
    const events = await db.auditEvent.findMany({
      where: { tenantId: input.tenantId, targetType: input.targetType, targetId: input.targetId, outcome: "success" },
      orderBy: { seq: "desc" },
      take: input.take,
      select: { seq: true, at: true, action: true, actorLabel: true, changes: true },
    });
    return events.map((e) => ({
      seq: e.seq.toString(),
      at: e.at.toISOString(),
      action: e.action,
      actor: e.actorLabel,
      rows: flattenChanges(e.changes as { before?: unknown; after?: unknown } | null),
    }));
  },
});
