// What a hostile or broken client sends, to every route of every door — the
// admin API, SCIM and the messaging service's API — generated from their route
// tables: paths that do not decode, NUL in an id with If-Match, URLs and
// headers too large, bodies too deep, too large, not JSON or of the wrong type,
// methods a route does not serve, TRACE, and bursts of identical creates. No
// answer may be a 5xx, and every refusal is in the door's error format and
// names the field at fault.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { API_ROUTES, EXPLICIT_ROUTES } from "@/lib/api/api-routes";
import { TOKEN_SCOPES } from "@/lib/rbac/permissions";
import { SCIM_ROUTES } from "@/lib/scim/scim-routes";
import { SERVICE_ROUTES } from "@/lib/service/service-routes";
import { createToken, e2eDb, uniqueTag } from "../fixtures/factories";
import { type RawAnswer, rawRequest } from "../fixtures/raw-http";

const UUID = "0196f0c2-0000-7000-8000-000000000009";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

interface Target {
  door: "rest" | "scim" | "service";
  method: string;
  /** The route's path under its door, parameters filled in. */
  path: (param?: string) => string;
  hasParam: boolean;
  body: boolean;
  /** A route that takes a file as its body: the raw types it also accepts, and its limit in bytes. */
  upload?: { types: readonly string[]; maxBytes: number };
}

test("every route of every door refuses malformed requests with a 4xx naming the field, never a 5xx", async ({
  baseURL,
}) => {
  test.setTimeout(300_000);
  const tag = uniqueTag();
  const db = e2eDb();
  const tenant = await db.tenant.create({ data: { slug: `bad-${tag}`, name: `Bad input ${tag}` } });
  await db.securityGroup.create({ data: { tenantId: tenant.id, name: "Default", isDefault: true, settings: {} } });
  const { token } = await createToken(tenant.slug, [...TOKEN_SCOPES]);
  const auth = { authorization: `Bearer ${token}` };

  const fill = (prefix: string, route: string, param?: string) => {
    const names = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const last = names.at(-1);
    let path = route.replace(/\{(\w+)\}/g, (_m, n: string) =>
      n === last && param !== undefined ? param : n === "tenantId" ? tenant.id : n === "part" ? "file" : UUID,
    );
    // A route with no parameter gets the bad bytes in its last segment.
    if (!last && param !== undefined) path += param;
    return `${prefix}${path}`;
  };
  const targets: Target[] = [
    ...[...API_ROUTES, ...EXPLICIT_ROUTES].map((r) => ({
      door: "rest" as const,
      method: r.method,
      path: (p?: string) => fill("/api/v1", r.path, p),
      hasParam: r.path.includes("{"),
      body: !["GET", "DELETE"].includes(r.method),
      upload: "upload" in r ? r.upload : undefined,
    })),
    ...SCIM_ROUTES.map((r) => ({
      door: "scim" as const,
      method: r.method,
      path: (p?: string) => fill("/api/scim/v2", r.path, p),
      hasParam: r.path.includes("{"),
      body: !["GET", "DELETE"].includes(r.method),
    })),
    ...SERVICE_ROUTES.filter((r) => !("serve" in r)).map((r) => ({
      door: "service" as const,
      method: r.method,
      path: (p?: string) => fill("/api/service/v1", r.path, p),
      hasParam: r.path.includes("{"),
      body: !["GET", "DELETE"].includes(r.method),
    })),
  ];

  const failures: string[] = [];
  let sent = 0;
  /** Checks an answer: a 4xx of the door's format that names `field` (in its errors, or SCIM's detail). */
  const expectRefusal = (t: Target, what: string, res: RawAnswer, status: number, field: string) => {
    sent++;
    const label = `${t.door} ${t.method} ${what}`;
    if (res.status >= 500) return failures.push(`${label}: ${res.status} ${res.text.slice(0, 200)}`);
    if (res.status !== status)
      return failures.push(`${label}: expected ${status}, got ${res.status} ${res.text.slice(0, 160)}`);
    const type = String(res.headers["content-type"] ?? "");
    if (t.door === "scim") {
      if (!type.includes("application/scim+json")) return failures.push(`${label}: not scim+json (${type})`);
      const body = JSON.parse(res.text) as { schemas?: string[]; detail?: string };
      if (!body.schemas?.includes("urn:ietf:params:scim:api:messages:2.0:Error") || !body.detail?.includes(field))
        failures.push(`${label}: SCIM error without ${field}: ${res.text.slice(0, 160)}`);
    } else {
      if (!type.includes("application/problem+json")) return failures.push(`${label}: not problem+json (${type})`);
      const body = JSON.parse(res.text) as { errors?: { field: string }[] };
      if (!body.errors?.some((e) => e.field === field))
        failures.push(`${label}: problem without field ${field}: ${res.text.slice(0, 160)}`);
    }
  };
  const json = { ...auth, "content-type": "application/json" };

  for (const t of targets) {
    const send = (path: string, headers: Record<string, string> = auth, body?: string | Buffer, method = t.method) =>
      rawRequest(baseURL!, method, path, headers, body);
    const bodyless = t.body ? "{}" : undefined;
    const bodyHeaders = t.body ? json : auth;

    expectRefusal(t, `${t.path("%FF")}`, await send(t.path("%FF"), bodyHeaders, bodyless), 400, "path");
    const conditional = { ...bodyHeaders, "if-match": '"abc"' };
    expectRefusal(t, `${t.path("%00")} + If-Match`, await send(t.path("%00"), conditional, bodyless), 400, "path");
    expectRefusal(t, "20 KB URL", await send(`${t.path()}?q=${"x".repeat(20_000)}`, bodyHeaders, bodyless), 414, "url");
    expectRefusal(t, "TRACE", await send(t.path(), auth, undefined, "TRACE"), 405, "method");

    const served = targets.filter((o) => o.door === t.door && o.path() === t.path()).map((o) => o.method);
    const other = METHODS.find((m) => !served.includes(m));
    if (other) {
      const res = await send(
        t.path(),
        other === "GET" || other === "DELETE" ? auth : json,
        other === "GET" || other === "DELETE" ? undefined : "{}",
        other,
      );
      sent++;
      if (res.status !== 405 || !res.headers.allow)
        failures.push(`${t.door} ${other} ${t.path()}: expected 405 with Allow, got ${res.status}`);
    }
    if (!t.body) continue;
    // A PUT replaces: one that leaves the object's fields out is refused, naming them, never applied with defaults.
    if (t.door === "rest" && t.method === "PUT") {
      const res = await send(t.path(), json, "{}");
      sent++;
      const named = res.status === 422 ? ((JSON.parse(res.text) as { errors?: { field: string }[] }).errors ?? []) : [];
      if (!named.length)
        failures.push(
          `rest PUT ${t.path()} with {}: expected 422 naming the fields, got ${res.status} ${res.text.slice(0, 160)}`,
        );
    }
    const deep = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;
    expectRefusal(t, "JSON 5,000 deep", await send(t.path(), json, deep), 400, "body");
    expectRefusal(
      t,
      "JSON nested arrays",
      await send(t.path(), json, `${"[".repeat(5000)}${"]".repeat(5000)}`),
      400,
      "body",
    );
    expectRefusal(t, "not JSON", await send(t.path(), json, "{not json"), 400, "body");
    expectRefusal(t, "an array", await send(t.path(), json, "[1,2,3]"), 400, "body");
    expectRefusal(
      t,
      "text/plain",
      await send(t.path(), { ...auth, "content-type": "text/plain" }, '{"name":"x"}'),
      415,
      "Content-Type",
    );
    expectRefusal(t, "no Content-Type", await send(t.path(), auth, '{"name":"x"}'), 415, "Content-Type");
    // An upload route takes its file (40 MB) as JSON too, escaped: past that is too large for it as for the others.
    const tooLarge = t.upload ? Math.ceil(t.upload.maxBytes * 1.25) + 65 * 1024 : 5_000_000;
    expectRefusal(t, "too large a body", await send(t.path(), json, `{"x":"${"y".repeat(tooLarge)}"}`), 413, "body");
    if (t.upload)
      expectRefusal(
        t,
        "too large a file",
        await send(
          `${t.path()}?fileName=big.csv`,
          { ...auth, "content-type": t.upload.types[0]! },
          "y".repeat(t.upload.maxBytes + 1),
        ),
        413,
        "body",
      );
  }

  // Headers larger than the server reads: one per door (the parser refuses them before any route).
  for (const door of ["rest", "scim", "service"] as const) {
    const t = targets.find((x) => x.door === door)!;
    const res = await rawRequest(baseURL!, "GET", t.path(), { ...auth, "x-padding": "p".repeat(70_000) });
    sent++;
    if (res.status !== 431 || !res.text.includes('"headers"'))
      failures.push(`${door}: 70 KB of headers gave ${res.status} ${res.text.slice(0, 100)}`);
  }

  console.log(`bad input: ${sent} requests over ${targets.length} routes, ${failures.length} failures`);
  expect(failures).toEqual([]);
});

test("bursts of identical creates without an Idempotency-Key: one succeeds, the rest are 409 naming the field, none a 5xx", async ({
  request,
}) => {
  const tag = uniqueTag();
  const db = e2eDb();
  const tenant = await db.tenant.create({ data: { slug: `burst-${tag}`, name: `Burst ${tag}` } });
  await db.securityGroup.create({ data: { tenantId: tenant.id, name: "Default", isDefault: true, settings: {} } });
  const { token } = await createToken(tenant.slug, [...TOKEN_SCOPES]);
  const headers = { authorization: `Bearer ${token}` };
  const T = `/api/v1/tenants/${tenant.id}`;
  const creates: [string, unknown][] = [
    [`${T}/groups`, { name: `Burst ${tag}` }],
    [`${T}/members`, { email: `burst-${tag}@example.test` }],
    [`${T}/federation/partners`, { relation: "deny", externalKey: `burst-${tag}.example`, displayName: "Burst" }],
  ];
  for (const [url, data] of creates) {
    const answers = await Promise.all(Array.from({ length: 20 }, () => request.post(url, { headers, data })));
    const statuses = answers.map((a) => a.status()).sort();
    expect(statuses, url).toEqual([200, ...Array<number>(19).fill(409)]);
    for (const a of answers.filter((x) => x.status() === 409)) {
      const problem = (await a.json()) as { errors?: { field: string }[] };
      expect(problem.errors?.[0]?.field, url).toBeTruthy();
    }
  }
  // The service's feeds take the same batch twenty times at once: each event once, no failure.
  const service = await createToken(tenant.slug, ["service.events.write"]);
  const member = await db.member.findFirstOrThrow({ where: { tenantId: tenant.id } });
  const deviceId = randomUUID();
  const batch = {
    events: [
      { id: `burst-${tag}-1`, type: "guest.contact", guestId: `g-${tag}`, network: "burst.example" },
      { id: `burst-${tag}-2`, type: "device.added", memberId: member.id, deviceId, platform: "ios", appVersion: "1.0" },
    ],
  };
  const sent = await Promise.all(
    Array.from({ length: 20 }, () =>
      request.post("/api/service/v1/events", { headers: { authorization: `Bearer ${service.token}` }, data: batch }),
    ),
  );
  expect(sent.map((r) => r.status())).toEqual(Array<number>(20).fill(200));
  const applied = (await Promise.all(sent.map((r) => r.json() as Promise<{ applied: number }>))).reduce(
    (n, r) => n + r.applied,
    0,
  );
  expect(applied).toBe(2);
  expect(await db.device.count({ where: { tenantId: tenant.id, id: deviceId } })).toBe(1);
});
