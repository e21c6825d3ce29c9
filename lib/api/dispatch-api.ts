import { AnswerError, apiHandler, toJson } from "@/lib/doors/api-handler";
import { etagOf } from "@/lib/signing/sign-document";
import { problem } from "@/lib/http/problem";
import { OperationError } from "@/lib/operation/operation-error";
import { OPERATIONS } from "@/lib/operations";
import type { Ctx } from "@/lib/rbac/actor";
import { withObjectLock } from "@/lib/http/with-object-lock";
import { JSON_BODY, mediaType, readBodyText, readJsonBody } from "@/lib/http/read-json-body";
import { routeTable } from "@/lib/http/route-table";
import { API_ROUTES, EXPLICIT_ROUTES, type ApiMethod, type ApiRoute } from "./api-routes";

/**
 * The route for a method and a path under /api/v1, with its path parameters;
 * or, when the path exists with other methods, which ones.
 */
export const matchApiRoute = routeTable(API_ROUTES);
// Which methods a path allows counts the routes with files of their own too.
const matchAnyRoute = routeTable([...API_ROUTES, ...EXPLICIT_ROUTES]);

/** Query parameters as input: a repeated name becomes a list. */
function queryInput(url: URL): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

const handle = apiHandler(
  async ({ ctx, request }) => {
    // From the URL, not the route's parameters: route files of their own delegate their other methods here.
    const path = new URL(request.url).pathname.replace(/^\/api\/v1/, "").replace(/\/$/, "");
    const match = matchApiRoute(request.method, path);
    if (!match.route) throw new AnswerError(routeMiss(matchAnyRoute(request.method, path).allowed));
    const { route } = match;
    const url = new URL(request.url);
    const input = {
      ...(route.method === "GET" || route.method === "DELETE" ? queryInput(url) : await bodyInput(route, request, url)),
      // Path parameters win: a body cannot aim the call at another object.
      ...match.params,
    };
    const operation = OPERATIONS[route.operation] as unknown as (ctx: Ctx, raw: unknown) => Promise<unknown>;
    const ifMatch = request.headers.get("if-match");
    const conditional = ifMatch !== null && route.method !== "GET" && route.method !== "POST";
    const read = conditional ? versionRead(route) : null;
    if (conditional && !read)
      throw new OperationError("validation", "This route has no version to match.", {
        "If-Match": ["this route takes no If-Match"],
      });
    const result = read
      ? // Check and update under one lock per object, so two updates sent with the same ETag cannot both pass.
        await withObjectLock(`if-match:${fillPath(read.path, match.params)}`, async () => {
          const current = await currentVersion(ctx, read, match.params);
          if (ifMatch!.trim() !== "*" && !ifMatch!.split(",").some((t) => t.trim() === current))
            throw new OperationError(
              "precondition_failed",
              "The object changed since you read it (its ETag no longer matches If-Match): read it again, then retry.",
            );
          return operation(ctx, input);
        })
      : await operation(ctx, input);
    await route.after?.(result, input);
    return { result, etag: route.method === "GET" ? versionOf(result) : undefined };
  },
  {
    respond: (value) => {
      const { result, etag } = value as { result: unknown; etag?: string };
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (etag) headers.etag = etag;
      return new Response(toJson(result), { status: 200, headers });
    },
  },
);

/** An answer's version: a strong ETag over its canonical JSON. */
function versionOf(result: unknown): string {
  return etagOf(JSON.parse(toJson(result)) as unknown);
}

/** The read whose answer is what an update would change: the route's named read, or the GET of the same path. */
function versionRead(route: ApiRoute): { operation: ApiRoute["operation"]; path: string } | null {
  if (route.version) return route.version;
  const get = API_ROUTES.find((r) => r.method === "GET" && r.path === route.path);
  return get ? { operation: get.operation, path: route.path } : null;
}

function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_m, n: string) => params[n] ?? "");
}

/** The current ETag of the object an update would change. */
async function currentVersion(
  ctx: Ctx,
  read: { operation: ApiRoute["operation"]; path: string },
  params: Record<string, string>,
): Promise<string> {
  const names = [...read.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const input = Object.fromEntries(names.map((n) => [n, params[n]]));
  const op = OPERATIONS[read.operation] as unknown as (ctx: Ctx, raw: unknown) => Promise<unknown>;
  return versionOf(await op(ctx, input));
}

/** A write's input from its body: JSON, or for an upload route its file as the raw body. */
async function bodyInput(route: ApiRoute, request: Request, url: URL): Promise<Record<string, unknown>> {
  const up = route.upload;
  if (!up) return readJsonBody(request);
  if (up.types.includes(mediaType(request.headers.get("content-type"))))
    return {
      [up.field]: await readBodyText(request, up.maxBytes),
      fileName: url.searchParams.get(up.nameParam) ?? "upload.csv",
    };
  // JSON escaping makes a file's text up to a quarter longer; the operation checks the file's own size.
  return readJsonBody(request, { ...JSON_BODY, maxBytes: Math.ceil(up.maxBytes * 1.25) + 64 * 1024 });
}

function routeMiss(allowed: ApiMethod[]): Response {
  if (allowed.length === 0) return problem("not_found", "There is no such API route.");
  const res = problem("method_not_allowed", `This route allows ${allowed.join(", ")}.`);
  res.headers.set("allow", allowed.join(", "));
  return res;
}

/** The one door of /api/v1 for every route in API_ROUTES. */
export const dispatchApi = handle;
