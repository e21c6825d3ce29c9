// Sends generated bad input to every admin API route: wrong types, missing
// fields, huge strings, unknown enum values, bad ids and cursors. No answer may
// be a 5xx, and every rejection is problem+json; a validation failure names
// the fields at fault. Runs in a network of its own, since some bad-looking
// inputs are still valid and act.
import { expect, test } from "@playwright/test";
import { API_ROUTES, EXPLICIT_ROUTES } from "@/lib/api/api-routes";
import { buildOpenApi } from "@/lib/api/build-openapi";
import { TOKEN_SCOPES } from "@/lib/rbac/permissions";
import { createToken, e2eDb, uniqueTag } from "../fixtures/factories";

interface Schema {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
}

const HUGE = "x".repeat(100_000);
// A URL is refused by the HTTP server itself past 16 KiB (431), before any route: query values stay below.
const LONG_QUERY = "x".repeat(8_000);

/** Bad values for a field, by what its schema expects. */
function badValues(s: Schema): unknown[] {
  const out: unknown[] = [null, HUGE, { nested: true }, ["list"], -1, 1e308, "", "nope\u0000"];
  if (s.enum) out.push("not-one-of-them");
  if (s.type === "string") out.push(12345, true);
  if (s.type === "integer" || s.type === "number") out.push("abc", 1.5, "99999999999999999999999");
  if (s.type === "array") out.push("not-a-list", [HUGE], [null]);
  if (s.type === "boolean") out.push("yes", 2);
  return out;
}

test("no generated bad input makes any admin API route fail with a 5xx", async ({ request }) => {
  test.setTimeout(240_000);
  const tag = uniqueTag();
  const db = e2eDb();
  const tenant = await db.tenant.create({ data: { slug: `fuzz-${tag}`, name: `Fuzz ${tag}` } });
  const group = await db.securityGroup.create({
    data: { tenantId: tenant.id, name: "Default", isDefault: true, settings: {} },
  });
  await db.member.create({
    data: { tenantId: tenant.id, groupId: group.id, email: `m@${tag}.example`, displayName: "M", status: "active" },
  });
  const { token } = await createToken(tenant.slug, [...TOKEN_SCOPES]);
  const headers = { authorization: `Bearer ${token}` };
  const doc = buildOpenApi();
  let sent = 0;
  const failures: string[] = [];

  async function send(method: string, url: string, body?: unknown) {
    sent++;
    const res = await request.fetch(url, {
      method,
      headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
      data: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      maxRedirects: 0,
    });
    const status = res.status();
    const what = `${method} ${url.slice(0, 160)} ${typeof body === "string" ? body.slice(0, 60) : JSON.stringify(body)?.slice(0, 120)}`;
    if (status >= 500) failures.push(`${status} ${what}: ${(await res.text()).slice(0, 200)}`);
    else if (status >= 400) {
      const type = res.headers()["content-type"] ?? "";
      if (!type.includes("application/problem+json")) failures.push(`${status} not problem+json: ${what}`);
      else if (status === 422) {
        const problem = (await res.json()) as { errors?: { field: string; messages: string[] }[] };
        if (!problem.errors?.length || problem.errors.some((e) => !e.field || !e.messages.length))
          failures.push(`422 without field errors: ${what}`);
      }
    }
  }

  for (const r of [...API_ROUTES, ...EXPLICIT_ROUTES]) {
    const op = doc.paths[`/api/v1${r.path}`]![r.method.toLowerCase()] as {
      parameters: { name: string; in: string; schema: Schema }[];
      requestBody?: { content: { "application/json": { schema: Schema } } };
    };
    const withPath = (values: Record<string, string>) =>
      `/api/v1${r.path.replace(/\{(\w+)\}/g, (_m, n: string) => encodeURIComponent(values[n] ?? "0196f0c2-0000-7000-8000-000000000009"))}`;
    const base = withPath({ tenantId: tenant.id, groupId: group.id });
    // Bad path parameters (the network's own id kept, so the token passes and validation speaks).
    for (const p of op.parameters.filter((x) => x.in === "path" && x.name !== "tenantId"))
      for (const v of ["not-an-id", LONG_QUERY, "-1"])
        await send(r.method, withPath({ tenantId: tenant.id, [p.name]: v }), r.method === "GET" ? undefined : {});
    if (r.method === "GET" || r.method === "DELETE") {
      for (const p of op.parameters.filter((x) => x.in === "query"))
        for (const v of badValues(p.schema)
          .filter((x) => typeof x === "string" || typeof x === "number")
          .map((x) => (x === HUGE ? LONG_QUERY : x)))
          await send(r.method, `${base}?${new URLSearchParams({ [p.name]: String(v) })}`);
      await send(r.method, `${base}?cursor=!!!&cursor=2&after=%ZZ`);
      continue;
    }
    const schema = op.requestBody?.content["application/json"].schema ?? {};
    await send(r.method, base, "{not json");
    await send(r.method, base, "[1,2,3]");
    await send(r.method, base, {});
    for (const [name, field] of Object.entries(schema.properties ?? {}))
      for (const v of badValues(field)) await send(r.method, base, { [name]: v });
  }
  console.log(`api fuzz: ${sent} requests, ${failures.length} failures`);
  expect(failures).toEqual([]);
  expect(sent).toBeGreaterThan(1000);
});
