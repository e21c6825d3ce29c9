import { apiHandler } from "@/lib/http/api-handler";
import { getTenant } from "@/lib/tenants/get-tenant";

// GET /api/v1/tenants/{tenantId} - a network's settings
export const GET = apiHandler<{ tenantId: string }>(({ ctx, params }) => getTenant(ctx, { tenantId: params.tenantId }));
