import { scimHandler } from "@/lib/http/scim-handler";
import { resourceTypes } from "@/lib/scim/scim-discovery";

// GET /api/scim/v2/ResourceTypes - SCIM discovery (needs a SCIM token, like every SCIM call)
export const GET = scimHandler(async ({ base }) => ({ body: resourceTypes(base) }));
