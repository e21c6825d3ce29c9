import { apiHandler } from "@/lib/http/api-handler";
import { respondSigned } from "@/lib/http/respond-signed";
import { getServicePolicy } from "@/lib/service/get-service-policy";

// GET /api/service/v1/members/{memberId}/policy - a member's signed effective retention (messaging service)
export const GET = apiHandler<{ memberId: string }>(
  async ({ ctx, params }) => {
    // A service token belongs to one network: that is the member's network.
    const tenantId = ctx.actor.type === "token" ? ctx.actor.tenantId : "";
    return getServicePolicy(ctx, { tenantId, memberId: params.memberId });
  },
  { respond: respondSigned },
);
