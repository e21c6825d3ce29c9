import { apiHandler } from "@/lib/http/api-handler";
import { respondSigned } from "@/lib/http/respond-signed";
import { getEffectiveSettings } from "@/lib/service/get-effective-settings";

// GET /api/service/v1/members/{memberId}/settings - a member's signed effective settings (messaging service)
export const GET = apiHandler<{ memberId: string }>(
  async ({ ctx, params }) => {
    // A service token belongs to one network: that is the member's network.
    const tenantId = ctx.actor.type === "token" ? ctx.actor.tenantId : "";
    return getEffectiveSettings(ctx, { tenantId, memberId: params.memberId });
  },
  { respond: respondSigned },
);
