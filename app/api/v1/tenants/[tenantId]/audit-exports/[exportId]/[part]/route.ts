import { serveExportFile } from "@/lib/audit/export/serve-export-file";
import { apiHandler } from "@/lib/http/api-handler";

// GET /api/v1/tenants/{tenantId}/audit-exports/{exportId}/file|manifest - download a completed export
export const GET = apiHandler<{ tenantId: string; exportId: string; part: string }>(
  ({ ctx, params }) => serveExportFile(ctx, params),
  { respond: (result) => result as Response },
);
