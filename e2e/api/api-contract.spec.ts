// Runs every route of the OpenAPI document against the running server, in an
// order that gives each one real objects to act on, and checks every answer
// against the document the server serves: the status is one it documents, the
// content type one it lists, and a JSON body matches that response's schema.
// Every route must answer at least once with success (one the walk does not
// script is called with its spec's example), and every list is walked to its
// end by `next`.
import { writeFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DOCUMENT_EXAMPLE_IDS, type ExampleIds } from "@/lib/operation/example-ids";
import { TOKEN_SCOPES } from "@/lib/rbac/permissions";
import { createToken, e2eDb, uniqueTag } from "../fixtures/factories";
import { startOidcProvider } from "../fixtures/oidc-provider";
import { contractChecker, NEEDS_MESSAGING_SERVER, type OpenApiDoc } from "../fixtures/openapi-contract";

type Json = Record<string, unknown> & { rows?: Json[]; next?: string | null };

test("every documented route answers as the OpenAPI document says", async ({ request }) => {
  test.setTimeout(180_000);
  const doc = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApiDoc;
  const check = contractChecker(doc);

  const tag = uniqueTag();
  const db = e2eDb();
  const tenants = await Promise.all(
    ["a", "b", "c"].map((x) =>
      // With a messaging domain, so that a pending member has an invitation link to show.
      db.tenant.create({
        data: {
          slug: `contract-${x}-${tag}`,
          name: `Contract ${x} ${tag}`,
          xmppDomain: `contract-${x}-${tag}.example`,
        },
      }),
    ),
  );
  const [a, b, c] = tenants as [(typeof tenants)[0], (typeof tenants)[0], (typeof tenants)[0]];
  for (const t of tenants)
    await db.securityGroup.create({ data: { tenantId: t.id, name: "Default", isDefault: true, settings: {} } });
  const tokens = await Promise.all(tenants.map((t) => createToken(t.slug, [...TOKEN_SCOPES])));
  const guest = await db.guest.create({
    data: { tenantId: a.id, externalId: `guest-${tag}`, network: "partner.example", lastContactAt: new Date() },
  });

  const failures: string[] = [];
  const succeeded = new Set<string>();
  const dump: unknown[] = [];
  let sent = 0;

  /** One call: checked against the document; answers the JSON body (or the text). */
  async function call(
    method: string,
    template: string,
    params: Record<string, string>,
    opts: { query?: Record<string, string>; body?: unknown; as?: "a" | "b" | "c" } = {},
  ): Promise<Json> {
    const token = tokens[["a", "b", "c"].indexOf(opts.as ?? "a")]!.token;
    const path = template.replace(/\{(\w+)\}/g, (_m, n: string) => encodeURIComponent(params[n] ?? ""));
    const url = `/api/v1${path}${opts.query ? `?${new URLSearchParams(opts.query)}` : ""}`;
    sent++;
    const res = await (request as APIRequestContext).fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(opts.body === undefined ? {} : { "content-type": "application/json" }),
      },
      data: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      maxRedirects: 0,
    });
    const status = String(res.status());
    const type = (res.headers()["content-type"] ?? "").split(";")[0]!.trim();
    const text = await res.text();
    const what = `${method} ${template} → ${status}`;
    const wrong = check(method, template, { status, type, text });
    if (wrong) failures.push(wrong);
    const body = (type.endsWith("json") ? JSON.parse(text) : {}) as Json;
    if (process.env.CONTRACT_DUMP) dump.push({ what, body: type.endsWith("json") ? body : text.slice(0, 100) });
    if (status.startsWith("2")) succeeded.add(`${method} ${template}`);
    return body;
  }

  /** Walks a list to its end, two rows a page, checking that no row comes twice. */
  async function walk(template: string, params: Record<string, string>, query: Record<string, string> = {}) {
    const seen: string[] = [];
    let page = await call("GET", template, params, { query: { ...query, limit: "2" } });
    for (let i = 0; i < 50; i++) {
      for (const r of page.rows ?? []) seen.push(String(r.id ?? r.seq ?? r.version));
      if (!page.next) break;
      page = await call("GET", template, params, { query: { ...query, limit: "2", after: page.next } });
    }
    if (new Set(seen).size !== seen.length) failures.push(`${template}: a row came twice while paging`);
    return seen;
  }

  const T = "/tenants/{tenantId}";
  const p = { tenantId: a.id };

  // networks
  await call("GET", T, p);
  await call("PUT", `${T}/security`, p, { body: { requireMfa: false } });
  await call("PUT", `${T}/settings`, p, { body: { settings: {} } });
  await call("GET", `${T}/history`, p, { query: { targetType: "tenant", targetId: a.id } });

  // groups
  const ops = await call("POST", `${T}/groups`, p, { body: { name: "Operations" } });
  const groupId = String(ops.groupId ?? ops.id);
  for (const name of ["Legal", "Field", "Berlin"]) await call("POST", `${T}/groups`, p, { body: { name } });
  expect(await walk(`${T}/groups`, p)).toHaveLength(5);
  await call("GET", `${T}/groups/{groupId}`, { ...p, groupId });
  await call("PATCH", `${T}/groups/{groupId}`, { ...p, groupId }, { body: { name: "Operations EU", settings: {} } });

  // members
  const memberIds: string[] = [];
  for (let i = 0; i < 5; i++) {
    const m = await call("POST", `${T}/members`, p, { body: { email: `m${i}-${tag}@a.example`, groupId } });
    memberIds.push(String(m.memberId ?? m.id));
  }
  const memberId = memberIds[0]!;
  await call("GET", `${T}/members`, p, { query: { pageSize: "25" } });
  await walk(`${T}/groups/{groupId}/members`, { ...p, groupId });
  await call("GET", `${T}/members/{memberId}`, { ...p, memberId });
  // Devices as the messaging service reports them; the dashboard counts them.
  await db.device.createMany({
    data: memberIds.slice(0, 3).map((m, i) => ({
      tenantId: a.id,
      memberId: m,
      platform: i % 2 ? ("ios" as const) : ("android" as const),
      appVersion: "6.50.1",
    })),
  });
  expect(await walk(`${T}/devices`, p)).toHaveLength(3);
  await call("GET", `${T}/devices`, p, { query: { platform: "ios", status: "active" } });
  const dashboard = await call("GET", `${T}/dashboard`, p);
  expect((dashboard.members as { total: number }).total).toBe(5);
  await call("GET", `${T}/members/export`, p);
  const defaultGroup = await db.securityGroup.findFirstOrThrow({ where: { tenantId: a.id, isDefault: true } });
  await call("POST", `${T}/members/move`, p, { body: { memberIds: [memberIds[4]], groupId: defaultGroup.id } });
  for (const action of ["suspend", "reactivate", "reinvite", "reset-devices", "deactivate"])
    await call("POST", `${T}/members/${action}`, p, { body: { memberIds: [memberIds[1]] } });
  await call("GET", `${T}/members/{memberId}/policy`, { ...p, memberId });
  await call(
    "PUT",
    `${T}/members/{memberId}/exception`,
    { ...p, memberId },
    { body: { expirationMaxMinutes: 60, burnOnReadMaxMinutes: null, reason: "contract", confirmShortening: true } },
  );
  const csv = `email,first name,last name,group\nimp-${tag}@a.example,Imp,Orted,Default\n`;
  const imported = await call("POST", `${T}/member-imports`, p, { body: { fileName: "people.csv", csv } });
  const importId = String(imported.importId ?? imported.id);
  await call("GET", `${T}/member-imports/{importId}`, { ...p, importId });
  await call("POST", `${T}/member-imports/{importId}/apply`, { ...p, importId });

  // members' sign-in provider, tested against a real OpenID provider on loopback
  const idp = await startOidcProvider({
    clientId: "members",
    clientSecret: "members-secret",
    redirectUri: "http://localhost/cb",
    accounts: {},
  });
  try {
    const sso = { issuer: idp.issuer, scopes: ["openid", "email"], usernameClaim: "email" };
    await call("GET", `${T}/member-sso`, p);
    await call("POST", `${T}/member-sso/test`, p, { body: sso });
    await call("PUT", `${T}/member-sso`, p, {
      body: { ...sso, enabled: false, clientId: "members", clientSecret: "members-secret", refreshGraceMinutes: 60 },
    });
  } finally {
    await idp.close();
  }

  // retention and holds
  await call("GET", `${T}/retention`, p);
  await call("PUT", `${T}/retention/lifetime`, p, { body: { expirationMaxMinutes: 43_200, burnOnReadMaxMinutes: 0 } });
  await call("PUT", `${T}/retention/compliance`, p, { body: { preset: "custom", days: 400 } });
  const versions = await walk(`${T}/retention/versions`, p);
  await call(
    "POST",
    `${T}/retention/versions/{version}/restore`,
    { ...p, version: versions[versions.length - 1]! },
    {
      body: { confirmShortening: true },
    },
  );
  await call("PUT", `${T}/retention/metadata`, p, {
    body: { deactivatedMemberDays: 30, staleDeviceDays: null, auditRetentionDays: null, confirmPurge: true },
  });
  // Something to enforce: a member deactivated long ago under a 30-day policy.
  await db.member.update({
    where: { tenantId_id: { tenantId: a.id, id: memberIds[1]! } },
    data: { status: "deactivated", deactivatedAt: new Date(Date.now() - 90 * 86_400_000) },
  });
  await call("POST", `${T}/retention/runs`, p);
  await walk(`${T}/retention/runs`, p);
  const holdBody = { name: `Matter ${tag}`, matter: "M-1", memberEmails: [`m2-${tag}@a.example`] };
  await call("POST", `${T}/holds/preview`, p, { body: holdBody });
  const hold = await call("POST", `${T}/holds`, p, { body: holdBody });
  await call("POST", `${T}/holds`, p, { body: { ...holdBody, name: `Matter 2 ${tag}`, groupIds: [groupId] } });
  await walk(`${T}/holds`, p);
  await call(
    "POST",
    `${T}/holds/{holdId}/release`,
    { ...p, holdId: String(hold.holdId ?? hold.id) },
    {
      body: { confirmShortening: true },
    },
  );

  // federation: b asks a (accepted, then suspended, resumed, revoked), c asks a (rejected), a asks b
  await call("PUT", `${T}/federation/settings`, p, { body: { mode: "restricted", guestLapseDays: 90 } });
  await call(
    "PUT",
    `${T}/federation/settings`,
    { tenantId: b.id },
    { body: { mode: "restricted", guestLapseDays: 90 }, as: "b" },
  );
  await call(
    "PUT",
    `${T}/federation/settings`,
    { tenantId: c.id },
    { body: { mode: "restricted", guestLapseDays: 90 }, as: "c" },
  );
  await call("POST", `${T}/federation/partners`, p, {
    body: {
      relation: "allow",
      externalKey: `ext-${tag}.example`,
      displayName: "External partner",
      agreedBy: "Legal",
      agreedAt: "2026-11-30",
      agreementRef: "DPA-7",
    },
  });
  await call("POST", `${T}/federation/requests`, { tenantId: b.id }, { body: { partnerSlug: a.slug }, as: "b" });
  await call("POST", `${T}/federation/requests`, { tenantId: c.id }, { body: { partnerSlug: a.slug }, as: "c" });
  const federation = await call("GET", `${T}/federation`, p);
  const pending = (federation.pending ?? []) as { id: string; key: string }[];
  const fromB = pending.find((x) => x.key === b.slug)!.id;
  const fromC = pending.find((x) => x.key === c.slug)!.id;
  await walk(`${T}/federation`, p);
  await call("GET", `${T}/federation/partners/{partnerId}`, { ...p, partnerId: fromB });
  for (const [action, partnerId] of [
    ["accept", fromB],
    ["suspend", fromB],
    ["resume", fromB],
    ["revoke", fromB],
    ["reject", fromC],
  ] as const)
    await call("POST", `${T}/federation/partners/{partnerId}/${action}`, { ...p, partnerId });
  await walk(`${T}/guests`, p);
  await call("POST", `${T}/guests/{guestId}/block`, { ...p, guestId: guest.id });
  await call("POST", `${T}/guests/{guestId}/unblock`, { ...p, guestId: guest.id });

  // the audit log
  const events = await call("GET", `${T}/audit-events`, p, { query: { pageSize: "25" } });
  const seq = String(events.rows?.[0]?.seq);
  await call("GET", `${T}/audit-events/{seq}`, { ...p, seq });
  await call("POST", `${T}/audit/verify`, p);
  await call("GET", "/audit/events", {}, { query: { tenantId: a.id, limit: "10" } });
  const queued = await call("POST", `${T}/audit-exports`, p, { body: { format: "csv", action: "member.*" } });
  const exportId = String(queued.exportId);
  await expect
    .poll(async () => (await call("GET", `${T}/audit-exports/{exportId}`, { ...p, exportId })).status, {
      timeout: 60_000,
    })
    .toBe("completed");
  for (const part of ["file", "manifest"])
    await call("GET", `${T}/audit-exports/{exportId}/{part}`, { ...p, exportId, part });
  await call("POST", `${T}/audit-exports/{exportId}/verify`, { ...p, exportId });
  await walk(`${T}/audit-exports`, p);
  const schedule = await call("POST", `${T}/audit-export-schedules`, p, {
    body: { name: `Nightly ${tag}`, format: "jsonl", cadence: "daily", target: "contract", keepDays: 30 },
  });
  await walk(`${T}/audit-export-schedules`, p);
  await call("DELETE", `${T}/audit-export-schedules/{scheduleId}`, { ...p, scheduleId: String(schedule.scheduleId) });

  // A route this walk does not script is called with its spec's example (the document's x-example-input),
  // aimed at the objects made above: a new route needs no line here to be held to its contract.
  const made: Partial<ExampleIds> = {
    tenantId: a.id,
    holdId: String(hold.holdId ?? hold.id),
    groupId,
    memberId,
    guestId: guest.id,
    otherSlug: b.slug,
  };
  const real = new Map(Object.entries(made).map(([k, v]) => [DOCUMENT_EXAMPLE_IDS[k as keyof ExampleIds], v]));
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) {
      const template = path.replace(/^\/api\/v1/, "");
      if (succeeded.has(`${method.toUpperCase()} ${template}`) || !op["x-example-input"]) continue;
      const input = JSON.parse(
        JSON.stringify(op["x-example-input"]).replace(/"([^"]+)"/g, (m, v: string) =>
          real.has(v) ? JSON.stringify(real.get(v)) : m,
        ),
      ) as Record<string, unknown>;
      const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const params = Object.fromEntries(names.map((n) => [n, String(input[n] ?? "")]));
      const rest = Object.fromEntries(Object.entries(input).filter(([k]) => !names.includes(k)));
      const queryStyle = method === "get" || method === "delete";
      await call(
        method.toUpperCase(),
        template,
        params,
        queryStyle
          ? { query: Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)])) }
          : { body: rest },
      );
    }

  // last, what removes: members (one under a hold is refused, 409) and a group
  await call("POST", `${T}/members/delete`, p, { body: { memberIds: [memberIds[3]] } });
  await call("POST", `${T}/members/delete`, p, { body: { memberIds: [memberIds[4]] } });
  await call("DELETE", `${T}/groups/{groupId}`, { ...p, groupId }, { query: { moveMembersTo: defaultGroup.id } });

  // Answers that are not success are checked too: a missing object, bad input.
  await call("GET", `${T}/groups/{groupId}`, { ...p, groupId });
  await call("POST", `${T}/groups`, p, { body: { name: "" } });

  if (process.env.CONTRACT_DUMP) writeFileSync(process.env.CONTRACT_DUMP, JSON.stringify(dump, null, 1));
  const never = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods)
      .map((m) => `${m.toUpperCase()} ${path.replace(/^\/api\/v1/, "")}`)
      .filter((k) => !succeeded.has(k) && !NEEDS_MESSAGING_SERVER.includes(k)),
  );
  console.log(`api contract: ${sent} requests over ${succeeded.size} routes, ${failures.length} mismatches`);
  expect(failures).toEqual([]);
  expect(never, "routes that never answered with success").toEqual([]);
});
