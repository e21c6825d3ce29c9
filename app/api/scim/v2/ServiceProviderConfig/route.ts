import { scimHandler } from "@/lib/http/scim-handler";
import { serviceProviderConfig } from "@/lib/scim/scim-discovery";

// GET /api/scim/v2/ServiceProviderConfig - SCIM discovery (needs a SCIM token, like every SCIM call)
export const GET = scimHandler(async ({ base }) => ({ body: serviceProviderConfig(base) }));
