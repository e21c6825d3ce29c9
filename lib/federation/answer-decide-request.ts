import { callWithRaw } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import type { Ctx } from "@/lib/rbac/actor";
import { decideFederationForService } from "./decide-federation-for-service";

const unprefix = (field: string) => field.replace(/^decisions\.0\.?/, "") || "body";

/**
 * The decide endpoint's contract, for both doors (the console's route and the
 * service port): a JSON object with `decisions` is a batch; any other object is
 * one question, answered alone, its refusals named as the caller sent them.
 */
export async function answerDecideRequest(ctx: Ctx, body: unknown): Promise<object> {
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw new OperationError("validation", "Send a JSON object.", { body: ["expected a JSON object"] });
  const tenantId = ctx.actor.type === "token" ? ctx.actor.tenantId : "";
  if ("decisions" in body)
    return { results: await callWithRaw(decideFederationForService, ctx, { ...body, tenantId }) };
  const [answer] = await callWithRaw(decideFederationForService, ctx, { tenantId, decisions: [body] }).catch(
    (err: unknown) => {
      if (!(err instanceof OperationError) || !err.fieldErrors) throw err;
      throw new OperationError(
        err.kind,
        err.message,
        Object.fromEntries(Object.entries(err.fieldErrors).map(([k, v]) => [unprefix(k), v])),
      );
    },
  );
  if (!answer || "error" in answer)
    throw new OperationError("validation", answer?.error.message ?? "No answer.", {
      [unprefix(answer?.error.field ?? "")]: [answer?.error.message ?? "no answer"],
    });
  return answer;
}
