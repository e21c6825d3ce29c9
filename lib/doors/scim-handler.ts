import { requestMetaFrom } from "@/lib/auth/read-request-meta";
import { getConfig } from "@/lib/config/read-config";
import { OperationError } from "@/lib/operation/operation-error";
import { ScimError, scimErrorResponse } from "@/lib/scim/scim-error";
import { SCIM_ROUTES } from "@/lib/scim/scim-routes";
import { authenticateApiToken } from "@/lib/tokens/authenticate-api-token";
import { BodyError, readJsonBody } from "@/lib/http/read-json-body";
import { routeTable } from "@/lib/http/route-table";

const matchScimRoute = routeTable(SCIM_ROUTES, { ignoreCase: true });

// Entra ID and Okta send application/scim+json or application/json; a PUT of a group may list 10,000 members.
const SCIM_BODY = { types: ["application/scim+json", "application/json"], maxBytes: 4_000_000, maxDepth: 32 };

const BODY_SCIM_TYPE = { 400: "invalidSyntax", 413: undefined, 415: undefined } as const;

/** The public URL of /api/scim/v2: the console's configured URL, never the address the server listens on. */
function scimBase(request: Request): string {
  const origin = getConfig().NEXTAUTH_URL?.replace(/\/$/, "") ?? new URL(request.url).origin;
  return `${origin}/api/scim/v2`;
}

function scimJson(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/scim+json", ...headers },
  });
}

async function serve(request: Request): Promise<Response> {
  const meta = requestMetaFrom(request.headers);
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  const actor = token ? await authenticateApiToken(token, meta) : null;
  if (!actor) {
    const res = scimErrorResponse(
      new ScimError(401, undefined, "Send a Custodian API token with the scim.provision scope as a Bearer token."),
    );
    res.headers.set("www-authenticate", 'Bearer realm="custodian-scim"');
    return res;
  }
  // Discovery documents run no operation: the scope is checked here, for them too.
  if (!actor.scopes.has("scim.provision"))
    return scimErrorResponse(new ScimError(403, undefined, "The token lacks the scim.provision scope."));

  const url = new URL(request.url);
  const path = url.pathname.replace(/^\/api\/scim\/v2/, "").replace(/\/$/, "") || "/";
  const match = matchScimRoute(request.method, path);
  if (!match.route) {
    if (!match.allowed.length)
      return scimErrorResponse(
        new ScimError(
          404,
          undefined,
          `There is no SCIM endpoint ${path}: use /Users, /Groups or the discovery endpoints.`,
        ),
      );
    const res = scimErrorResponse(new ScimError(405, undefined, `${path} allows ${match.allowed.join(", ")}.`));
    res.headers.set("allow", match.allowed.join(", "));
    return res;
  }
  const query: Record<string, string | undefined> = {};
  for (const [k, v] of url.searchParams) query[k.toLowerCase()] ??= v;
  const base = scimBase(request);
  try {
    const answer = await match.route.run({
      ctx: { actor, request: meta },
      tenantId: actor.tenantId,
      base,
      params: match.params,
      query,
      body: () => readJsonBody(request, SCIM_BODY),
    });
    if (!answer) return new Response(null, { status: 204 });
    const location = (answer.body as { meta?: { location?: string } })?.meta?.location;
    return scimJson(answer.status ?? 200, answer.body, answer.status === 201 && location ? { location } : {});
  } catch (err) {
    if (err instanceof ScimError || err instanceof OperationError) return scimErrorResponse(err);
    if (err instanceof BodyError)
      return scimErrorResponse(new ScimError(err.status, BODY_SCIM_TYPE[err.status], `${err.field}: ${err.message}`));
    throw err;
  }
}

/**
 * The SCIM door: a bearer token (scope scim.provision) names the network;
 * every answer is application/scim+json, every failure a SCIM error document
 * (RFC 7644 §3.12) — a fault of ours included, with its request id.
 */
export async function dispatchScim(request: Request): Promise<Response> {
  try {
    return await serve(request);
  } catch (err) {
    const requestId = requestMetaFrom(request.headers).requestId;
    console.error(`request ${requestId} ${request.method} ${new URL(request.url).pathname} failed:`, err);
    return scimErrorResponse(
      new ScimError(500, undefined, `The request failed on our side. Quote request id ${requestId} to your operator.`),
    );
  }
}
