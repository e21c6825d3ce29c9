import { scimHandler } from "@/lib/http/scim-handler";
import { schemas } from "@/lib/scim/scim-discovery";

// GET /api/scim/v2/Schemas - SCIM discovery (needs a SCIM token, like every SCIM call)
export const GET = scimHandler(async ({ base }) => ({ body: schemas(base) }));
