import { searchAuditEvents } from "@/lib/audit/explorer/search-audit-events";
import { apiHandler } from "@/lib/http/api-handler";

// GET /api/v1/tenants/{tenantId}/audit-events - search a network's audit log (the explorer's filter and keyset pages)
export const GET = apiHandler<{ tenantId: string }>(({ ctx, request, params }) =>
  searchAuditEvents(ctx, { ...Object.fromEntries(new URL(request.url).searchParams), tenantId: params.tenantId }),
);
