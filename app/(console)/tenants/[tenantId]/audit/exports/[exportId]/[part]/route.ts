import { serveExportFile } from "@/lib/audit/export/serve-export-file";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { OperationError } from "@/lib/operation/operation-error";

// GET /tenants/{tenantId}/audit/exports/{exportId}/file|manifest - download an export (console session)
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ tenantId: string; exportId: string; part: string }> },
) {
  const current = await getCurrentUser();
  if (!current) return new Response("Sign in first.", { status: 401 });
  try {
    return await serveExportFile(current.ctx, await params);
  } catch (err) {
    // Forbidden answers like missing: probing ids reveals nothing.
    if (err instanceof OperationError)
      return new Response(err.message, {
        status: err.kind === "validation" ? 400 : err.kind === "gone" ? 410 : 404,
      });
    throw err;
  }
}
