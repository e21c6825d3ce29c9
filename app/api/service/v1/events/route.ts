import { apiHandler } from "@/lib/http/api-handler";
import { OperationError } from "@/lib/operation/operation-error";
import { ingestServiceEvents } from "@/lib/service/events/ingest-service-events";

// POST /api/service/v1/events - the messaging service's events, batched: {"events":[{id,type,…}]}
export const POST = apiHandler(async ({ ctx, request }) => {
  const body: unknown = await request.json().catch(() => null);
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw new OperationError("validation", "The body must be a JSON object.", { body: ["expected a JSON object"] });
  const tenantId = ctx.actor.type === "token" ? ctx.actor.tenantId : "";
  return ingestServiceEvents(ctx, { ...body, tenantId });
});
