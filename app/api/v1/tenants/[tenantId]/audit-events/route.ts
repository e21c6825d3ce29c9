import { dispatchApi } from "@/lib/api/dispatch-api";
import { searchAuditEvents } from "@/lib/audit/explorer/search-audit-events";
import { apiHandler } from "@/lib/doors/api-handler";

// GET /api/v1/tenants/{tenantId}/audit-events - search a network's audit log (the explorer's filter and keyset pages)
export const GET = apiHandler<{ tenantId: string }>(({ ctx, request, params }) =>
  searchAuditEvents(ctx, { ...Object.fromEntries(new URL(request.url).searchParams), tenantId: params.tenantId }),
);

// Other methods: the API's door answers, with 405 and Allow (or the route this path also serves).
export const POST = dispatchApi;
export const PUT = dispatchApi;
export const PATCH = dispatchApi;
export const DELETE = dispatchApi;
