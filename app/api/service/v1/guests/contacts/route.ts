import { recordGuestContacts } from "@/lib/federation/record-guest-contacts";
import { apiHandler } from "@/lib/http/api-handler";
import { OperationError } from "@/lib/operation/operation-error";

// POST /api/service/v1/guests/contacts - guests the network's members talked to (messaging service)
export const POST = apiHandler(async ({ ctx, request }) => {
  const body: unknown = await request.json().catch(() => undefined);
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw new OperationError("validation", "Send a JSON object.", { body: ["expected a JSON object"] });
  const tenantId = ctx.actor.type === "token" ? ctx.actor.tenantId : "";
  return recordGuestContacts(ctx, { ...body, tenantId });
});
