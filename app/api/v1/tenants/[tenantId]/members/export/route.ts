import { apiHandler } from "@/lib/http/api-handler";
import { membersCsvResponse } from "@/lib/members/members-csv-response";

// GET /api/v1/tenants/{tenantId}/members/export - the directory, as filtered, streamed as CSV
export const GET = apiHandler<{ tenantId: string }>(
  ({ ctx, request, params }) => membersCsvResponse(ctx, params.tenantId, new URL(request.url)),
  { respond: (result) => result as Response },
);
