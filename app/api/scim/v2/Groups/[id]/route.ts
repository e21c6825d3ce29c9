import { readJson, scimHandler } from "@/lib/http/scim-handler";
import { scimGetGroup, scimPatchGroup } from "@/lib/scim/scim-groups";

type P = { id: string };

// GET /api/scim/v2/Groups/{id} - one group with its members
export const GET = scimHandler<P>(async ({ ctx, tenantId, base, params }) => ({
  body: await scimGetGroup(ctx, { tenantId, base, id: params.id }),
}));

// PATCH /api/scim/v2/Groups/{id} - add or remove members
export const PATCH = scimHandler<P>(async ({ ctx, tenantId, base, params, request }) => ({
  body: await scimPatchGroup(ctx, { tenantId, base, id: params.id, Operations: (await readJson(request)).Operations }),
}));
