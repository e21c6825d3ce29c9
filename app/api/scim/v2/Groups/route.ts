import { scimHandler } from "@/lib/http/scim-handler";
import { scimListGroups } from "@/lib/scim/scim-groups";

// GET /api/scim/v2/Groups - security groups as SCIM groups
export const GET = scimHandler(async ({ ctx, tenantId, base, request }) => ({
  body: await scimListGroups(ctx, { tenantId, base, filter: new URL(request.url).searchParams.get("filter") }),
}));
