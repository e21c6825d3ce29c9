import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from "./audit-actions";

export const listAuditEventsSchema = tenantInput.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  action: z.enum(AUDIT_ACTIONS).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  dir: z.enum(["asc", "desc"]).default("desc"),
});

// GET one network's audit events, newest first.
export const listAuditEvents = defineOperation({
  name: "audit.list",
  kind: "read",
  permission: "audit.read",
  schema: listAuditEventsSchema,
  tenantOf: byTenant,
  async run({ input, db }) {
    const where: Prisma.AuditEventWhereInput = { tenantId: input.tenantId };
    if (input.action) where.action = input.action;
    if (input.outcome) where.outcome = input.outcome;
    const [rows, total] = await Promise.all([
      db.auditEvent.findMany({
        where,
        orderBy: { seq: input.dir },
        skip: (input.page - 1) * input.pageSize,
        take: input.pageSize,
      }),
      db.auditEvent.count({ where }),
    ]);
    return { rows, total, page: input.page, pageSize: input.pageSize };
  },
});
