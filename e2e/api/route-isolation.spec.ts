// Every page and API route, probed as callers who must not get in: a user of
// another network, each lesser role, machine tokens of another network or
// without the scope. Complete by construction: the route list is read from app/,
// and a route without an entry in ROUTES fails the first test.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { ROLE_PERMISSIONS, type TenantPermission, type TenantRole } from "@/lib/rbac/permissions";
import { SCIM_ROUTES } from "@/lib/scim/scim-routes";
import { SERVICE_ROUTES } from "@/lib/service/service-routes";
import { type DemoRole, storageStatePath } from "../fixtures/demo-accounts";
import { createToken, e2eDb, tenantBySlug } from "../fixtures/factories";

type Route =
  | { kind: "public" }
  | { kind: "signed-in" } // any signed-in console user; shows only their own data
  | { kind: "tenant-page"; permission: TenantPermission }
  | { kind: "platform-page" }
  | { kind: "tenant-api"; permission: TenantPermission }
  | { kind: "service-api"; permission: TenantPermission; post?: unknown } // the token's own network is implied
  // Names nothing: any token with the scope reads its own network's data, never another's.
  | { kind: "service-feed"; permission: TenantPermission };

const ROUTES: Record<string, Route> = {
  "/": { kind: "signed-in" },
  "/sign-in": { kind: "public" },
  "/invite/[token]": { kind: "public" },
  "/join/[token]": { kind: "public" },
  "/account": { kind: "signed-in" },
  "/tenants": { kind: "signed-in" },
  "/tenants/[tenantId]": { kind: "tenant-page", permission: "tenants.read" },
  "/tenants/[tenantId]/console-users": { kind: "tenant-page", permission: "console_users.read" },
  "/tenants/[tenantId]/tokens": { kind: "tenant-page", permission: "tokens.read" },
  "/tenants/[tenantId]/audit": { kind: "tenant-page", permission: "audit.read" },
  "/tenants/[tenantId]/audit/[seq]": { kind: "tenant-page", permission: "audit.read" },
  "/tenants/[tenantId]/audit/exports": { kind: "tenant-page", permission: "audit.read" },
  "/tenants/[tenantId]/audit/exports/[exportId]/[part]": { kind: "tenant-page", permission: "audit.export" },
  "/tenants/[tenantId]/settings": { kind: "tenant-page", permission: "sso.read" },
  "/tenants/[tenantId]/messaging": { kind: "tenant-page", permission: "tenants.read" },
  "/tenants/[tenantId]/groups": { kind: "tenant-page", permission: "groups.read" },
  "/tenants/[tenantId]/members": { kind: "tenant-page", permission: "members.read" },
  "/tenants/[tenantId]/devices": { kind: "tenant-page", permission: "members.read" },
  "/tenants/[tenantId]/holds": { kind: "tenant-page", permission: "legal_holds.read" },
  "/tenants/[tenantId]/retention": { kind: "tenant-page", permission: "retention.read" },
  "/tenants/[tenantId]/federation": { kind: "tenant-page", permission: "federation.read" },
  "/tenants/[tenantId]/federation/[partnerId]": { kind: "tenant-page", permission: "federation.read" },
  "/tenants/[tenantId]/federation/guests": { kind: "tenant-page", permission: "federation.read" },
  "/tenants/[tenantId]/members/[memberId]": { kind: "tenant-page", permission: "members.read" },
  "/tenants/[tenantId]/members/export": { kind: "tenant-page", permission: "members.read" },
  "/tenants/[tenantId]/members/import": { kind: "tenant-page", permission: "members.update" },
  "/tenants/[tenantId]/groups/[groupId]": { kind: "tenant-page", permission: "groups.read" },
  "/platform/sso": { kind: "platform-page" },
  "/platform/settings": { kind: "platform-page" },
  "/platform/audit": { kind: "platform-page" },
  "/.well-known/jwks.json": { kind: "public" },
  "/api/health": { kind: "public" },
  "/api/ready": { kind: "public" },
  "/api/auth/[...nextauth]": { kind: "public" },
  // The catch-all door of every route in lib/api/api-routes.ts; probed at the retention policy.
  "/api/v1/[...path]": { kind: "tenant-api", permission: "retention.read" },
  "/api/v1/openapi.json": { kind: "public" },
  "/api/v1/tenants/[tenantId]/members/export": { kind: "tenant-api", permission: "members.read" },
  "/api-reference": { kind: "signed-in" },
  "/api/v1/tenants/[tenantId]/audit-events": { kind: "tenant-api", permission: "audit.read" },
  "/api/v1/tenants/[tenantId]/audit-exports": { kind: "tenant-api", permission: "audit.export" },
  "/api/v1/tenants/[tenantId]/audit-exports/[exportId]": { kind: "tenant-api", permission: "audit.export" },
  "/api/v1/tenants/[tenantId]/audit-exports/[exportId]/[part]": { kind: "tenant-api", permission: "audit.export" },
  // The token's own network's log: nothing of another network's in it.
  "/api/v1/audit/events": { kind: "service-feed", permission: "audit.read" },
  "/api/service/v1/members/[memberId]/settings": { kind: "service-api", permission: "service.policies.read" },
  "/api/service/v1/members/[memberId]/policy": { kind: "service-api", permission: "service.policies.read" },
  "/api/service/v1/policy-changes": { kind: "service-feed", permission: "service.policies.read" },
  "/api/service/v1/federation/decide": {
    kind: "service-api",
    permission: "service.federation.decide",
    post: { target: { slug: "globex-finance" } },
  },
  "/api/service/v1/guests/contacts": {
    kind: "service-api",
    permission: "service.events.write",
    post: { contacts: [{ guestId: "isolation-guest", network: "x.example" }] },
  },
  "/api/service/v1/signing-keys": { kind: "public" },
  "/api/service/v1/events": {
    kind: "service-api",
    permission: "service.events.write",
    post: { events: [{ id: "isolation-1", type: "guest.contact", guestId: "g", network: "x.example" }] },
  },
  // SCIM names no network either: the token's network is the one provisioned.
  "/api/scim/v2/Users": { kind: "service-api", permission: "scim.provision" },
  "/api/scim/v2/Users/[id]": { kind: "service-api", permission: "scim.provision" },
  "/api/scim/v2/Groups": { kind: "service-api", permission: "scim.provision" },
  "/api/scim/v2/Groups/[id]": { kind: "service-api", permission: "scim.provision" },
  "/api/scim/v2/ServiceProviderConfig": { kind: "service-api", permission: "scim.provision" },
  "/api/scim/v2/ResourceTypes": { kind: "service-api", permission: "scim.provision" },
  "/api/scim/v2/Schemas": { kind: "service-api", permission: "scim.provision" },
  "/api/scim/v2/ResourceTypes/[id]": { kind: "service-api", permission: "scim.provision" },
  "/api/scim/v2/Schemas/[id]": { kind: "service-api", permission: "scim.provision" },
};

// A catch-all door serves a table of routes: each of them is a route here.
const CATCH_ALLS: Record<string, { path: string; method: string }[]> = {
  "/api/scim/v2/[[...path]]": SCIM_ROUTES,
  "/api/service/v1/[[...path]]": SERVICE_ROUTES,
};

/** A concrete URL for a route pattern, aimed at Acme Defense Systems' objects. */
async function urlFor(pattern: string): Promise<string> {
  const acme = await tenantBySlug("acme-defense");
  const group = await e2eDb().securityGroup.findFirstOrThrow({ where: { tenantId: acme.id, isDefault: true } });
  const member = await e2eDb().member.findFirstOrThrow({ where: { tenantId: acme.id } });
  const partner = await e2eDb().federationPartner.upsert({
    where: { tenantId_externalKey: { tenantId: acme.id, externalKey: "isolation-probe.example" } },
    create: {
      tenantId: acme.id,
      relation: "deny",
      status: "active",
      externalKey: "isolation-probe.example",
      displayName: "Isolation probe",
    },
    update: {},
  });
  return pattern
    .replace("[...path]", `tenants/${acme.id}/retention`)
    .replace("[tenantId]", acme.id)
    .replace("[partnerId]", partner.id)
    .replace("[groupId]", group.id)
    .replace("[memberId]", member.id)
    .replace("[seq]", "1")
    .replace("[exportId]", "00000000-0000-7000-8000-000000000001")
    .replace("[part]", "file")
    .replace("Users/[id]", `Users/${member.id}`)
    .replace("Groups/[id]", `Groups/${group.id}`)
    .replace("ResourceTypes/[id]", "ResourceTypes/User")
    .replace("Schemas/[id]", "Schemas/urn:ietf:params:scim:schemas:core:2.0:User");
}

function discoverRoutes(): string[] {
  const root = path.resolve(import.meta.dirname, "../../app");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const p = path.join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (entry === "page.tsx" || entry === "route.ts") {
        const rel = path
          .relative(root, path.dirname(p))
          .split(path.sep)
          .filter((s) => !/^\(.*\)$/.test(s));
        const route = `/${rel.join("/")}`;
        const table = CATCH_ALLS[route];
        if (table)
          found.push(
            ...table.map((r) => `${route.replace("/[[...path]]", "")}${r.path.replace(/\{(\w+)\}/g, "[$1]")}`),
          );
        else found.push(route);
      }
    }
  };
  walk(root);
  return [...new Set(found)].sort();
}

// The demo accounts in Acme Defense Systems, and one from another network.
const ACME_ROLES: Partial<Record<DemoRole, TenantRole>> = {
  admin: "tenant_admin",
  compliance: "compliance_officer",
  auditor: "auditor",
  helpdesk: "helpdesk",
};
let probes = 0;

test.afterAll(() => console.log(`route isolation: ${probes} denied probes`));

test("every route in app/ has an entry", () => {
  expect(discoverRoutes().filter((r) => !(r in ROUTES))).toEqual([]);
  expect(Object.keys(ROUTES).filter((r) => !discoverRoutes().includes(r))).toEqual([]);
});

test("tenant pages are 404 to other networks and to roles without the permission, and show none of its data; section pages open for the roles with it", async ({
  playwright,
}) => {
  const acme = await tenantBySlug("acme-defense");
  const callers: { label: string; role?: TenantRole; ctx: APIRequestContext }[] = [];
  callers.push({
    label: "globex admin",
    ctx: await playwright.request.newContext({ storageState: storageStatePath("globexAdmin") }),
  });
  for (const [demo, role] of Object.entries(ACME_ROLES) as [DemoRole, TenantRole][]) {
    callers.push({
      label: demo,
      role,
      ctx: await playwright.request.newContext({ storageState: storageStatePath(demo) }),
    });
  }
  for (const [pattern, route] of Object.entries(ROUTES)) {
    if (route.kind !== "tenant-page") continue;
    const url = await urlFor(pattern);
    for (const c of callers) {
      if (c.role && ROLE_PERMISSIONS[c.role].has(route.permission)) {
        // A section page opens for every role that holds its permission: the layout's guard must not refuse them.
        if (!/\[(?!tenantId\])/.test(pattern)) {
          const res = await c.ctx.get(url, { maxRedirects: 0 });
          expect(res.status(), `${url} as ${c.label}, who may open it`).toBe(200);
        }
        continue;
      }
      const res = await c.ctx.get(url, { maxRedirects: 0 });
      expect(res.status(), `${url} as ${c.label}`).toBe(404);
      // Someone from another network must not even learn the network's name.
      // (Roles inside it may: they can read the network's overview.)
      if (!c.role)
        expect((await res.text()).includes(acme.name), `${url} as ${c.label} leaked the network's name`).toBe(false);
      probes++;
    }
  }
  for (const c of callers) await c.ctx.dispose();
});

test("platform pages are 404 to every tenant role", async ({ playwright }) => {
  for (const demo of ["admin", "compliance", "auditor", "helpdesk", "globexAdmin"] as DemoRole[]) {
    const ctx = await playwright.request.newContext({ storageState: storageStatePath(demo) });
    for (const [pattern, route] of Object.entries(ROUTES)) {
      if (route.kind !== "platform-page") continue;
      const res = await ctx.get(pattern, { maxRedirects: 0 });
      expect(res.status(), `${pattern} as ${demo}`).toBe(404);
      probes++;
    }
    await ctx.dispose();
  }
});

test("console pages send the signed-out to sign-in", async ({ baseURL }) => {
  const ctx = await playwrightRequest.newContext({ baseURL });
  for (const [pattern, route] of Object.entries(ROUTES)) {
    if (["public", "tenant-api", "service-api", "service-feed"].includes(route.kind)) continue;
    const res = await ctx.get(await urlFor(pattern), { maxRedirects: 0 });
    expect(res.status(), pattern).toBe(307);
    expect(res.headers()["location"], pattern).toContain("/sign-in");
    probes++;
  }
  await ctx.dispose();
});

test("API routes refuse missing tokens, other networks' tokens and tokens without the scope", async ({ request }) => {
  const acme = await tenantBySlug("acme-defense");
  const otherAllScopes = await createToken("globex-finance", [
    "tenants.read",
    "audit.read",
    "members.read",
    "service.policies.read",
  ]);
  const ownNoScope = await createToken("acme-defense", ["groups.read"]);
  for (const [pattern, route] of Object.entries(ROUTES)) {
    if (route.kind !== "tenant-api" && route.kind !== "service-api" && route.kind !== "service-feed") continue;
    const url = await urlFor(pattern);
    // POST routes get a valid body, so only the token decides the answer.
    const post = route.kind === "service-api" ? route.post : undefined;
    const call = (headers: Record<string, string> = {}) =>
      post === undefined ? request.get(url, { headers }) : request.post(url, { headers, data: post });
    const none = await call();
    expect(none.status(), `${url} without a token`).toBe(401);
    for (const [label, t] of [
      ["other network", otherAllScopes],
      ["no scope", ownNoScope],
    ] as const) {
      const res = await call({ authorization: `Bearer ${t.token}` });
      if (route.kind === "service-feed" && label === "other network") {
        // Its own network's feed: answered, and nothing of Acme's in it (from the very start of the log).
        expect(res.status(), `${url} with ${label}`).toBe(200);
        const own = await request.get(`${url}?cursor=0&limit=1000`, {
          headers: { authorization: `Bearer ${t.token}` },
        });
        expect(own.status()).toBe(200);
        const text = await own.text();
        const acmeIds = [
          ...(await e2eDb().member.findMany({ where: { tenantId: acme.id }, select: { id: true } })),
          ...(await e2eDb().securityGroup.findMany({ where: { tenantId: acme.id }, select: { id: true } })),
        ].map((r) => r.id);
        expect(
          acmeIds.filter((i) => text.includes(i)),
          `${url} with ${label} leaked Acme's changes`,
        ).toEqual([]);
        probes++;
        continue;
      }
      // A service route names no network: another network's token finds no such member (404).
      expect([403, 404], `${url} with ${label}`).toContain(res.status());
      // problem+json, or SCIM's own error document on SCIM routes.
      expect(res.headers()["content-type"]).toMatch(/application\/(problem|scim)\+json/);
      expect((await res.text()).includes(acme.name)).toBe(false);
      probes++;
    }
  }
});
