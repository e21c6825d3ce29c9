import { apiHandler } from "@/lib/http/api-handler";
import { listPolicyChanges } from "@/lib/service/list-policy-changes";

// GET /api/service/v1/policy-changes?cursor=… - policy changes since a cursor (messaging service)
export const GET = apiHandler(async ({ ctx, request }) => {
  const tenantId = ctx.actor.type === "token" ? ctx.actor.tenantId : "";
  return listPolicyChanges(ctx, { ...Object.fromEntries(new URL(request.url).searchParams), tenantId });
});
