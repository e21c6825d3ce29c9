import { readJson, scimHandler } from "@/lib/http/scim-handler";
import { scimCreateUser, scimListUsers } from "@/lib/scim/scim-users";

// GET /api/scim/v2/Users - list users (filter, startIndex, count)
export const GET = scimHandler(async ({ ctx, tenantId, base, request }) => {
  const q = new URL(request.url).searchParams;
  return {
    body: await scimListUsers(ctx, {
      tenantId,
      base,
      filter: q.get("filter"),
      startIndex: q.get("startIndex") ?? undefined,
      count: q.get("count") ?? undefined,
    }),
  };
});

// POST /api/scim/v2/Users - provision a user
export const POST = scimHandler(async ({ ctx, tenantId, base, request }) => ({
  status: 201,
  body: await scimCreateUser(ctx, { tenantId, base, user: await readJson(request) }),
}));
