import { getCurrentUser } from "@/lib/auth/get-current-user";
import { membersCsvResponse } from "@/lib/members/members-csv-response";
import { OperationError } from "@/lib/operation/operation-error";

// GET /tenants/{tenantId}/members/export - the directory, as filtered, as CSV (console session)
export async function GET(request: Request, { params }: { params: Promise<{ tenantId: string }> }) {
  const current = await getCurrentUser();
  if (!current) return new Response("Sign in first.", { status: 401 });
  const { tenantId } = await params;
  try {
    return await membersCsvResponse(current.ctx, tenantId, new URL(request.url), "page");
  } catch (err) {
    if (err instanceof OperationError)
      return new Response(err.message, { status: err.kind === "forbidden" || err.kind === "not_found" ? 404 : 400 });
    throw err;
  }
}
