import { count } from "@/lib/operation/wire";
import { auditFields } from "@/lib/audit/audit-event-output";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant } from "@/lib/validation/tenant-input";
import { auditFilterFields, withRangeCheck } from "./audit-filter";
import { paging, searchPage } from "./audit-search-page";

export const searchAuditEventsSchema = withRangeCheck(
  auditFilterFields.extend({ tenantId: z.uuid({ message: "expected a network id (UUID)" }), ...paging }),
);

// GET one network's audit events, filtered, by keyset.
export const searchAuditEvents = defineOperation({
  name: "audit.list",
  kind: "read",
  permission: "audit.read",
  schema: searchAuditEventsSchema,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: {
    method: "GET",
    path: "/tenants/{tenantId}/audit-events",
    summary: "Search the audit log",
    file: "app/api/v1/tenants/[tenantId]/audit-events/route.ts",
  },
  output: z.object({
    rows: z.array(z.object(auditFields)),
    total: count,
    totalCapped: z.boolean(),
    next: z.string().nullable(),
    prev: z.string().nullable(),
  }),
  tenantOf: byTenant,
  run: ({ input, db }) => searchPage(db, [input.tenantId], input),
});
