import { SERVICE_ROUTES } from "@/lib/service/service-routes";
import { AnswerError, answerFaults, apiHandler, toJson } from "./api-handler";
import { problem } from "@/lib/http/problem";
import { readJsonBody } from "@/lib/http/read-json-body";
import { routeTable } from "@/lib/http/route-table";

const matchServiceRoute = routeTable(SERVICE_ROUTES);

const pathOf = (request: Request) =>
  new URL(request.url).pathname.replace(/^\/api\/service\/v1/, "").replace(/\/$/, "") || "/";

function miss(allowed: string[]): Response {
  if (!allowed.length) return problem("not_found", "There is no such service API route.");
  const res = problem("method_not_allowed", `This route allows ${allowed.join(", ")}.`);
  res.headers.set("allow", allowed.join(", "));
  return res;
}

const authenticated = apiHandler(
  async ({ ctx, request }) => {
    const match = matchServiceRoute(request.method, pathOf(request));
    if (!match.route || "serve" in match.route) throw new AnswerError(miss(match.allowed));
    const result = await match.route.run({
      ctx,
      tenantId: ctx.actor.type === "token" ? ctx.actor.tenantId : "",
      params: match.params,
      query: Object.fromEntries(new URL(request.url).searchParams),
      body: () => readJsonBody(request),
    });
    return { result, respond: match.route.respond };
  },
  {
    respond: (value, request) => {
      const { result, respond } = value as { result: unknown; respond?: (r: unknown, q: Request) => Response };
      return respond
        ? respond(result, request)
        : new Response(toJson(result), { headers: { "content-type": "application/json" } });
    },
  },
);

/** The one door of /api/service/v1 for every route in SERVICE_ROUTES. */
export async function dispatchService(request: Request, context: { params: Promise<unknown> }): Promise<Response> {
  const route = matchServiceRoute(request.method, pathOf(request)).route;
  if (route && "serve" in route) return answerFaults(request, route.serve);
  return authenticated(request, context);
}
