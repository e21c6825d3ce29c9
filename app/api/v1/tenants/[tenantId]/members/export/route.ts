import { dispatchApi } from "@/lib/api/dispatch-api";
import { apiHandler } from "@/lib/doors/api-handler";
import { membersCsvResponse } from "@/lib/members/members-csv-response";

// GET /api/v1/tenants/{tenantId}/members/export - the directory, as filtered, streamed as CSV
export const GET = apiHandler<{ tenantId: string }>(
  ({ ctx, request, params }) => membersCsvResponse(ctx, params.tenantId, new URL(request.url)),
  { respond: (result) => result as Response },
);

// Other methods: the API's door answers, with 405 and Allow (or the route this path also serves).
export const POST = dispatchApi;
export const PUT = dispatchApi;
export const PATCH = dispatchApi;
export const DELETE = dispatchApi;
