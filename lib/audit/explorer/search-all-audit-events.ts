import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { auditFilterFields, withRangeCheck } from "./audit-filter";
import { paging, searchPage } from "./audit-search-page";

export const searchAllAuditEventsSchema = withRangeCheck(
  auditFilterFields.extend({
    tenantId: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(64).optional()),
    ...paging,
  }),
);

// GET every network's audit events (and the platform chain), for the operator.
export const searchAllAuditEvents = defineOperation({
  name: "audit.list_all",
  kind: "read",
  permission: "platform.audit.read",
  schema: searchAllAuditEventsSchema,
  example: () => ({}),
  api: { none: NO_DOOR.PLATFORM },
  run: ({ input, db }) => searchPage(db, input.tenantId ? [input.tenantId] : null, input),
});
