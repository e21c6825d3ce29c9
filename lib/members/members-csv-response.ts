import type { Ctx } from "@/lib/rbac/actor";
import { listMembersLenient, memberFilterShape } from "./member-list-schema";
import { exportMembers } from "./export-members";

const FILTER_KEYS = Object.keys(memberFilterShape) as (keyof typeof memberFilterShape)[];

/**
 * The directory, filtered as the URL says, streamed as CSV. It takes every
 * filter the directory takes (one schema, memberFilterShape), so the file
 * holds exactly the rows the list shows. The console's download reads the URL
 * as the directory page does (a bad value falls back to none); the API is
 * strict, and answers a bad filter with 422 naming it.
 */
export async function membersCsvResponse(
  ctx: Ctx,
  tenantId: string,
  url: URL,
  mode: "page" | "api" = "api",
): Promise<Response> {
  const query: Record<string, unknown> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    query[key] = all.length > 1 ? all : all[0];
  }
  const source = mode === "page" ? (listMembersLenient.parse(query) as Record<string, unknown>) : query;
  const filter = Object.fromEntries(FILTER_KEYS.map((k) => [k, source[k]]));
  const chunks = await exportMembers(ctx, { tenantId, ...filter });
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
