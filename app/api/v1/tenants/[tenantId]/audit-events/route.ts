import { apiHandler } from "@/lib/http/api-handler";
import { listAuditEvents } from "@/lib/audit/list-audit-events";

// GET /api/v1/tenants/{tenantId}/audit-events - page through a network's audit log (SIEM pull)
export const GET = apiHandler<{ tenantId: string }>(({ ctx, request, params }) =>
  listAuditEvents(ctx, { ...Object.fromEntries(new URL(request.url).searchParams), tenantId: params.tenantId }),
);
