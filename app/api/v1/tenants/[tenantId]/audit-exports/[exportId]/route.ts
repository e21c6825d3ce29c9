import { dispatchApi } from "@/lib/api/dispatch-api";
import { getAuditExport } from "@/lib/audit/export/get-audit-export";
import { apiHandler } from "@/lib/doors/api-handler";

// GET /api/v1/tenants/{tenantId}/audit-exports/{exportId} - an export's progress and, once done, its signed manifest
export const GET = apiHandler<{ tenantId: string; exportId: string }>(({ ctx, params }) => getAuditExport(ctx, params));

// Other methods: the API's door answers, with 405 and Allow (or the route this path also serves).
export const POST = dispatchApi;
export const PUT = dispatchApi;
export const PATCH = dispatchApi;
export const DELETE = dispatchApi;
