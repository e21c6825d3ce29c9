import { dispatchApi } from "@/lib/api/dispatch-api";
import { pullAuditEvents } from "@/lib/audit/pull-audit-events";
import { apiHandler } from "@/lib/doors/api-handler";

// GET /api/v1/audit/events?cursor=… - the token's network's audit events after a cursor, for a SIEM
export const GET = apiHandler(({ ctx, request }) => {
  const tenantId = ctx.actor.type === "token" ? ctx.actor.tenantId : "";
  return pullAuditEvents(ctx, { ...Object.fromEntries(new URL(request.url).searchParams), tenantId });
});

// Other methods: the API's door answers, with 405 and Allow (or the route this path also serves).
export const POST = dispatchApi;
export const PUT = dispatchApi;
export const PATCH = dispatchApi;
export const DELETE = dispatchApi;
