import { callWithRaw } from "@/lib/operation/define-operation";
import { dispatchApi } from "@/lib/api/dispatch-api";
import { enqueueAuditExport } from "@/lib/audit/audit-jobs";
import { createAuditExport } from "@/lib/audit/export/create-audit-export";
import { apiHandler } from "@/lib/doors/api-handler";
import { readJsonBody } from "@/lib/http/read-json-body";

// GET /api/v1/tenants/{tenantId}/audit-exports - a page of exports with their progress (the API's door)
export const GET = dispatchApi;

// POST /api/v1/tenants/{tenantId}/audit-exports - queue an export of a filter: {"format":"csv"|"jsonl", ...filter}
export const POST = apiHandler<{ tenantId: string }>(
  async ({ ctx, request, params }) => {
    const body = await readJsonBody(request);
    const { exportId } = await callWithRaw(createAuditExport, ctx, { ...body, tenantId: params.tenantId });
    await enqueueAuditExport(params.tenantId, exportId);
    return { exportId, tenantId: params.tenantId };
  },
  {
    respond: (result) => {
      const r = result as { exportId: string; tenantId: string };
      return Response.json(
        { exportId: r.exportId, status: "queued" },
        { status: 202, headers: { location: `/api/v1/tenants/${r.tenantId}/audit-exports/${r.exportId}` } },
      );
    },
  },
);

// Other methods: the API's door answers, with 405 and Allow (or the route this path also serves).
export const PUT = dispatchApi;
export const PATCH = dispatchApi;
export const DELETE = dispatchApi;
