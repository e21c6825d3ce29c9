import { requestMetaFrom } from "@/lib/auth/read-request-meta";
import { OperationError } from "@/lib/operation/operation-error";
import type { Ctx } from "@/lib/rbac/actor";
import { ScimError, scimErrorResponse } from "@/lib/scim/scim-error";
import { authenticateApiToken } from "@/lib/tokens/authenticate-api-token";

type Handler<P> = (args: {
  ctx: Ctx;
  tenantId: string;
  base: string;
  request: Request;
  params: P;
}) => Promise<{ status?: number; body: unknown } | null>;

/**
 * The SCIM door: a bearer token (scope scim.provision) names the tenant; every
 * failure is a SCIM error document; responses are application/scim+json.
 */
export function scimHandler<P>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const meta = requestMetaFrom(request.headers);
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
    const actor = token ? await authenticateApiToken(token, meta) : null;
    if (!actor)
      return scimErrorResponse(
        new ScimError(401, undefined, "Send a Custodian API token with the scim.provision scope as a Bearer token."),
      );
    // Discovery documents run no operation: the scope is checked here, for them too.
    if (!actor.scopes.has("scim.provision")) {
      return scimErrorResponse(new ScimError(403, undefined, "The token lacks the scim.provision scope."));
    }
    const url = new URL(request.url);
    const base = `${url.origin}/api/scim/v2`;
    try {
      const out = await handler({
        ctx: { actor, request: meta },
        tenantId: actor.tenantId,
        base,
        request,
        params: await context.params,
      });
      if (!out) return new Response(null, { status: 204 });
      return new Response(JSON.stringify(out.body), {
        status: out.status ?? 200,
        headers: { "content-type": "application/scim+json" },
      });
    } catch (err) {
      if (err instanceof ScimError || err instanceof OperationError) return scimErrorResponse(err);
      if (err instanceof SyntaxError)
        return scimErrorResponse(new ScimError(400, "invalidSyntax", "The request body is not valid JSON."));
      throw err;
    }
  };
}

/** The request's JSON body, or a SCIM invalidSyntax error. */
export async function readJson(request: Request): Promise<Record<string, unknown>> {
  const body = (await request.json()) as unknown;
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw new ScimError(400, "invalidSyntax", "Expected a JSON object.");
  return body as Record<string, unknown>;
}
