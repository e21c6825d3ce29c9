import type { Ctx } from "@/lib/rbac/actor";
import { listMembersLenient } from "./member-list-schema";
import { exportMembers } from "./export-members";

/** The directory, filtered as the URL says, streamed as CSV: for the console's download and the API alike. */
export async function membersCsvResponse(ctx: Ctx, tenantId: string, url: URL): Promise<Response> {
  const q = listMembersLenient.parse(Object.fromEntries(url.searchParams));
  const chunks = await exportMembers(ctx, {
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
}
