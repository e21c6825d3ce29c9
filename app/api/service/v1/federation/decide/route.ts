import { decideFederationForService } from "@/lib/federation/decide-for-service";
import { apiHandler } from "@/lib/http/api-handler";
import { OperationError } from "@/lib/operation/operation-error";

// POST /api/service/v1/federation/decide - may these two sides talk? (messaging service)
// One question as the body, or { "decisions": [...] } for up to 1,000 at once.
export const POST = apiHandler(async ({ ctx, request }) => {
  const body: unknown = await request.json().catch(() => undefined);
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw new OperationError("validation", "Send a JSON object.", { body: ["expected a JSON object"] });
  const tenantId = ctx.actor.type === "token" ? ctx.actor.tenantId : "";
  if ("decisions" in body) return { results: await decideFederationForService(ctx, { ...body, tenantId }) };
  // The single form is a batch of one; its errors are named as the caller sent them.
  const [answer] = await decideFederationForService(ctx, { tenantId, decisions: [body] }).catch((err: unknown) => {
    if (!(err instanceof OperationError) || !err.fieldErrors) throw err;
    throw new OperationError(
      err.kind,
      err.message,
      Object.fromEntries(
        Object.entries(err.fieldErrors).map(([k, v]) => [k.replace(/^decisions\.0\.?/, "") || "body", v]),
      ),
    );
  });
  if (answer && "error" in answer)
    throw new OperationError("validation", answer.error.message, {
      [answer.error.field.replace(/^decisions\.0\./, "")]: [answer.error.message],
    });
  return answer;
});
