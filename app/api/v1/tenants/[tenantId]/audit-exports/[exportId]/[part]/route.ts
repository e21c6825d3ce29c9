import { dispatchApi } from "@/lib/api/dispatch-api";
import { serveExportFile } from "@/lib/audit/export/serve-export-file";
import { apiHandler } from "@/lib/http/api-handler";

// GET /api/v1/tenants/{tenantId}/audit-exports/{exportId}/file|manifest - download a completed export
export const GET = apiHandler<{ tenantId: string; exportId: string; part: string }>(
  ({ ctx, params }) => serveExportFile(ctx, params),
  { respond: (result) => result as Response },
);

// Other methods: the API's door answers, with 405 and Allow (or the route this path also serves).
export const POST = dispatchApi;
export const PUT = dispatchApi;
export const PATCH = dispatchApi;
export const DELETE = dispatchApi;
