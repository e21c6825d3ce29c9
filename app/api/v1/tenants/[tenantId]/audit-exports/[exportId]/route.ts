import { getAuditExport } from "@/lib/audit/export/list-audit-exports";
import { apiHandler } from "@/lib/http/api-handler";

// GET /api/v1/tenants/{tenantId}/audit-exports/{exportId} - an export's progress and, once done, its signed manifest
export const GET = apiHandler<{ tenantId: string; exportId: string }>(({ ctx, params }) => getAuditExport(ctx, params));
