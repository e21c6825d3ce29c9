import { dispatchApi } from "@/lib/api/dispatch-api";
import { serveExportFile } from "@/lib/audit/export/serve-export-file";
import { apiHandler } from "@/lib/doors/api-handler";

type Params = { tenantId: string; exportId: string; part: string };

const download = apiHandler<Params>(({ ctx, params }) => serveExportFile(ctx, params), {
  respond: (result) => result as Response,
});

// GET /api/v1/tenants/{tenantId}/audit-exports/{exportId}/file|manifest - download a completed export
// (any other last segment is another route's, such as POST …/verify: the API's door answers it)
export const GET = async (request: Request, context: { params: Promise<Params> }) => {
  const { part } = await context.params;
  return part === "file" || part === "manifest" ? download(request, context) : dispatchApi(request, context);
};

// Other methods: the API's door answers, with 405 and Allow (or the route this path also serves).
export const POST = dispatchApi;
export const PUT = dispatchApi;
export const PATCH = dispatchApi;
export const DELETE = dispatchApi;
