import { getCurrentUser } from "@/lib/auth/get-current-user";
import { listMembersLenient } from "@/lib/members/member-list-schema";
import { exportMembers } from "@/lib/members/export-members";
import { OperationError } from "@/lib/operation/operation-error";

// GET /tenants/{tenantId}/members/export - the directory, as filtered, as CSV (console session)
export async function GET(request: Request, { params }: { params: Promise<{ tenantId: string }> }) {
  const current = await getCurrentUser();
  if (!current) return new Response("Sign in first.", { status: 401 });
  const { tenantId } = await params;
  const q = listMembersLenient.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const chunks = await exportMembers(current.ctx, {
      tenantId,
      q: q.q,
      status: q.status,
      groupId: q.groupId,
      hasDevice: q.hasDevice,
      seenAfter: q.seenAfter,
      seenBefore: q.seenBefore,
    });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      },
    });
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="members-${new Date().toISOString().slice(0, 10)}.csv"`,
      },
    });
  } catch (err) {
    if (err instanceof OperationError)
      return new Response(err.message, { status: err.kind === "forbidden" || err.kind === "not_found" ? 404 : 400 });
    throw err;
  }
}
