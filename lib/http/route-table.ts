export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

const METHOD_ORDER: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** A route table's lookup: the route for a method and path with its parameters, or which methods the path allows. */
export function routeTable<R extends { method: HttpMethod; path: string }>(
  routes: readonly R[],
  options: { ignoreCase?: boolean } = {},
) {
  const compiled = routes.map((route) => {
    const names: string[] = [];
    const source = route.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{(\w+)\\?\}|\{(\w+)\}/g, (_m, a, b) => {
      names.push(a ?? b);
      return "([^/]+)";
    });
    return { route, pattern: new RegExp(`^${source}$`, options.ignoreCase ? "i" : ""), names };
  });
  /**
   * A literal segment beats a parameter: POST …/members/suspend is the bulk
   * action, not member "suspend". Path parameters come decoded; the HTTP
   * guard has refused paths that do not decode.
   */
  return function match(method: string, path: string) {
    const hits = compiled.flatMap((c) => {
      const m = c.pattern.exec(path);
      return m ? [{ c, m }] : [];
    });
    const fewest = Math.min(...hits.map((h) => h.c.names.length));
    const best = hits.filter((h) => h.c.names.length === fewest);
    // In one order whatever the table's, so an Allow header reads the same every time.
    const allowed = METHOD_ORDER.filter((m) => best.some((h) => h.c.route.method === m));
    const hit = best.find((h) => h.c.route.method === method);
    if (!hit) return { route: null, params: {} as Record<string, string>, allowed };
    const params: Record<string, string> = Object.fromEntries(
      hit.c.names.map((n, i) => [n, decodeURIComponent(hit.m[i + 1]!)]),
    );
    return { route: hit.c.route, params, allowed };
  };
}
