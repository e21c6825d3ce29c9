import { requestMetaFrom } from "@/lib/auth/read-request-meta";
import { OperationError } from "@/lib/operation/operation-error";
import type { Ctx } from "@/lib/rbac/actor";
import { authenticateApiToken } from "@/lib/tokens/authenticate-api-token";
import { consumeRateLimitWindow } from "@/lib/auth/consume-rate-limit";
import { getConfig } from "@/lib/config/read-config";
import { bodyProblem, problem } from "@/lib/http/problem";
import { BodyError } from "@/lib/http/read-json-body";
import { withIdempotency } from "@/lib/http/with-idempotency";

type Handler<P> = (args: { ctx: Ctx; request: Request; params: P }) => Promise<unknown>;

/** JSON that carries bigint (audit seq) as a decimal string. */
function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

/**
 * The REST door: a bearer token becomes the actor, the handler calls one
 * operation, and every failure is problem+json. Only tokens are accepted here,
 * never the console's session cookie, so the API cannot be driven by a
 * cross-site request riding a signed-in browser.
 */
export { toJson };

export function apiHandler<P>(
  handler: Handler<P>,
  options: { respond?: (result: unknown, request: Request) => Response } = {},
) {
  return (request: Request, context: { params: Promise<P> }): Promise<Response> =>
    answerFaults(request, () => serve(request, context));

  async function serve(request: Request, context: { params: Promise<P> }): Promise<Response> {
    const meta = requestMetaFrom(request.headers);
    const header = request.headers.get("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) return problem("unauthenticated", "Send an API token as `Authorization: Bearer <token>`.");
    const actor = await authenticateApiToken(match[1]!, meta);
    if (!actor) return problem("unauthenticated", "The token is unknown, revoked or expired.");
    // The admin API is rate limited per token; the messaging service's and SCIM's own APIs are not.
    const limited = new URL(request.url).pathname.startsWith("/api/v1/");
    const quota = limited
      ? await consumeRateLimitWindow(`api-token:${actor.id}`, getConfig().CUSTODIAN_API_RATE_LIMIT, 60)
      : null;
    if (quota && !quota.allowed) {
      const res = problem(
        "rate_limited",
        `This token has used its ${getConfig().CUSTODIAN_API_RATE_LIMIT} requests a minute.`,
      );
      res.headers.set("retry-after", String(quota.resetIn));
      return res;
    }
    const run = async (): Promise<Response> => {
      try {
        const result = await handler({ ctx: { actor, request: meta }, request, params: await context.params });
        if (options.respond) return options.respond(result, request);
        return new Response(toJson(result), { status: 200, headers: { "content-type": "application/json" } });
      } catch (err) {
        if (err instanceof OperationError) return problem(err.kind, err.message, err.fieldErrors);
        if (err instanceof BodyError) return bodyProblem(err);
        if (err instanceof AnswerError) return err.response;
        throw err;
      }
    };
    const key = request.method === "POST" ? request.headers.get("idempotency-key") : null;
    const response = key === null ? await run() : await withIdempotency(actor.id, key, request, run);
    if (quota) {
      response.headers.set("ratelimit-limit", String(getConfig().CUSTODIAN_API_RATE_LIMIT));
      response.headers.set("ratelimit-remaining", String(quota.remaining));
      response.headers.set("ratelimit-reset", String(quota.resetIn));
    }
    return response;
  }
}

/** Thrown by a handler that has its answer ready (a 404 or 405 of the route table, say). */
export class AnswerError extends Error {
  constructor(readonly response: Response) {
    super(`answered ${response.status}`);
  }
}

/**
 * A fault of ours is still problem+json, with the request id to quote to an
 * operator, and it is logged with its stack; the body never carries the error
 * itself.
 */
export async function answerFaults(request: Request, serve: () => Promise<Response>): Promise<Response> {
  try {
    return await serve();
  } catch (err) {
    const requestId = requestMetaFrom(request.headers).requestId;
    console.error(`request ${requestId} ${request.method} ${new URL(request.url).pathname} failed:`, err);
    return problem("internal", `The request failed on our side. Quote request id ${requestId} to your operator.`);
  }
}
