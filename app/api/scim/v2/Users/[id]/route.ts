import { readJson, scimHandler } from "@/lib/http/scim-handler";
import { scimDeleteUser, scimGetUser, scimPatchUser, scimReplaceUser } from "@/lib/scim/scim-users";

type P = { id: string };

// GET /api/scim/v2/Users/{id} - one user
export const GET = scimHandler<P>(async ({ ctx, tenantId, base, params }) => ({
  body: await scimGetUser(ctx, { tenantId, base, id: params.id }),
}));

// PUT /api/scim/v2/Users/{id} - replace a user's attributes
export const PUT = scimHandler<P>(async ({ ctx, tenantId, base, params, request }) => ({
  body: await scimReplaceUser(ctx, { tenantId, base, id: params.id, user: await readJson(request) }),
}));

// PATCH /api/scim/v2/Users/{id} - patch a user (active=false suspends)
export const PATCH = scimHandler<P>(async ({ ctx, tenantId, base, params, request }) => ({
  body: await scimPatchUser(ctx, { tenantId, base, id: params.id, Operations: (await readJson(request)).Operations }),
}));

// DELETE /api/scim/v2/Users/{id} - deactivate a user
export const DELETE = scimHandler<P>(async ({ ctx, tenantId, base, params }) => {
  await scimDeleteUser(ctx, { tenantId, base, id: params.id });
  return null;
});
