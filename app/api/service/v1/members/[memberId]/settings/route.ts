import { apiHandler } from "@/lib/http/api-handler";
import { getEffectiveSettings } from "@/lib/service/get-effective-settings";

// GET /api/service/v1/members/{memberId}/settings - a member's signed effective settings (messaging service)
export const GET = apiHandler<{ memberId: string }>(
  async ({ ctx, params }) => {
    // A service token belongs to one network: that is the member's network.
    const tenantId = ctx.actor.type === "token" ? ctx.actor.tenantId : "";
    return getEffectiveSettings(ctx, { tenantId, memberId: params.memberId });
  },
  {
    respond: (result, request) => {
      const { etag, signed } = result as { etag: string; signed: unknown };
      const headers = { etag, "cache-control": "no-cache" };
      if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
      return Response.json(signed, { headers });
    },
  },
);
