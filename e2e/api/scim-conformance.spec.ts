// SCIM 2.0 conformance, over real HTTP against the production build: RFC 7643/7644,
// and the requests Microsoft Entra ID and Okta document that they send (their
// letter case, string booleans, path-less values, enterprise extension paths,
// group pushes). Each test provisions into a network of its own.
import { type APIRequestContext, expect, test } from "@playwright/test";
import { createToken, e2eDb, uniqueTag } from "../fixtures/factories";

const SCIM_JSON = "application/scim+json";
const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

interface ScimUser {
  id: string;
  userName: string;
  active: boolean;
  emails: { value: string; type: string; primary: boolean }[];
  name: { givenName: string; familyName: string };
  displayName: string;
  groups?: { value: string; display: string }[];
  meta: { location: string; lastModified: string };
  [ENTERPRISE]?: { department?: string; manager?: { value: string } };
}

/** A network of its own with a default group, and a SCIM token for it. */
async function scimNetwork(request: APIRequestContext) {
  const tag = uniqueTag();
  const db = e2eDb();
  const tenant = await db.tenant.create({ data: { slug: `scim-${tag}`, name: `SCIM ${tag}` } });
  const group = await db.securityGroup.create({
    data: { tenantId: tenant.id, name: "Everyone", isDefault: true, settings: {} },
  });
  const { token } = await createToken(tenant.slug, ["scim.provision"]);
  const headers = { authorization: `Bearer ${token}`, "content-type": SCIM_JSON };
  const base = "/api/scim/v2";
  const call = async (method: string, path: string, data?: unknown) => {
    const res = await request.fetch(`${base}${path}`, {
      method,
      headers,
      data: data === undefined ? undefined : JSON.stringify(data),
    });
    const text = await res.text();
    return {
      status: res.status(),
      headers: res.headers(),
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    };
  };
  const events = (targetId: string, action: string) =>
    db.auditEvent.count({ where: { tenantId: tenant.id, targetId, action, outcome: "success" } });
  return { tag, tenant, defaultGroup: group, token, call, events };
}

const entraUser = (tag: string, n = 1) => ({
  schemas: [USER, ENTERPRISE],
  externalId: `entra-${tag}-${n}`,
  userName: `User${n}.${tag}@Contoso.onmicrosoft.com`,
  active: true,
  displayName: `Test User ${n}`,
  emails: [{ primary: true, type: "work", value: `user${n}.${tag}@contoso.example` }],
  meta: { resourceType: "User" },
  name: { formatted: `Given${n} Family${n}`, familyName: `Family${n}`, givenName: `Given${n}` },
  roles: [],
  title: "Engineer",
  phoneNumbers: [{ type: "work", value: "+1 555 0100" }],
  [ENTERPRISE]: { department: "Research", employeeNumber: `E-${n}` },
});

test.describe("SCIM as Microsoft Entra ID sends it", () => {
  test("create answers 201 with a Location under the console's public URL, and the user is found by userName", async ({
    request,
    baseURL,
  }) => {
    const s = await scimNetwork(request);
    const created = await s.call("POST", "/Users", entraUser(s.tag));
    expect(created.status).toBe(201);
    expect(created.headers["content-type"]).toContain(SCIM_JSON);
    const user = created.body as unknown as ScimUser;
    // The public URL (NEXTAUTH_URL), never the address the server listens on.
    expect(created.headers.location).toBe(`${baseURL}/api/scim/v2/Users/${user.id}`);
    expect(user.meta.location).toBe(created.headers.location);
    expect(user).toMatchObject({
      userName: `user1.${s.tag}@contoso.onmicrosoft.com`,
      emails: [{ value: `user1.${s.tag}@contoso.example`, type: "work", primary: true }],
      name: { givenName: "Given1", familyName: "Family1" },
      active: true,
      [ENTERPRISE]: { department: "Research", employeeNumber: "E-1" },
    });
    // Entra's matching query, in another letter case.
    const found = await s.call(
      "GET",
      `/Users?filter=${encodeURIComponent(`userName eq "USER1.${s.tag}@contoso.onmicrosoft.com"`)}`,
    );
    expect(found.body).toMatchObject({ totalResults: 1, Resources: [{ id: user.id }] });
    const none = await s.call(
      "GET",
      `/Users?filter=${encodeURIComponent(`userName eq "nobody.${s.tag}@contoso.example"`)}`,
    );
    expect(none.body).toMatchObject({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
      totalResults: 0,
      Resources: [],
    });
  });

  test('disabling with "Replace" and the string "False" is a suspension, audited as member.suspend; "True" lifts it', async ({
    request,
  }) => {
    const s = await scimNetwork(request);
    const user = (await s.call("POST", "/Users", entraUser(s.tag))).body as unknown as ScimUser;
    const off = await s.call("PATCH", `/Users/${user.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Replace", path: "active", value: "False" }],
    });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false });
    const row = await e2eDb().member.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: s.tenant.id, id: user.id } },
    });
    expect(row.status).toBe("suspended");
    // The same operation as the console's suspend: the messaging service signs the member out.
    expect(
      await e2eDb().serviceCommand.count({ where: { tenantId: s.tenant.id, memberId: user.id, kind: "sign_out" } }),
    ).toBe(1);
    expect(await s.events(user.id, "member.suspend")).toBe(1);
    expect(await s.events(user.id, "member.update")).toBe(0);

    const on = await s.call("PATCH", `/Users/${user.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Replace", path: "active", value: "True" }],
    });
    expect(on.body).toMatchObject({ active: true });
    expect(await s.events(user.id, "member.reactivate")).toBe(1);
  });

  test('a path-less Add with attribute paths as keys, and emails[type eq "work"].value, change what they name', async ({
    request,
  }) => {
    const s = await scimNetwork(request);
    const user = (await s.call("POST", "/Users", entraUser(s.tag))).body as unknown as ScimUser;
    const patched = await s.call("PATCH", `/Users/${user.id}`, {
      schemas: [PATCH_OP],
      Operations: [
        {
          op: "Add",
          value: {
            "name.givenName": "Renamed",
            'emails[type eq "work"].value': `renamed.${s.tag}@contoso.example`,
            title: "Lead",
          },
        },
        { op: "Replace", path: "name.familyName", value: "Newfamily" },
      ],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      name: { givenName: "Renamed", familyName: "Newfamily" },
      emails: [{ value: `renamed.${s.tag}@contoso.example` }],
      title: "Lead",
    });
    const row = await e2eDb().member.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: s.tenant.id, id: user.id } },
    });
    expect(row).toMatchObject({
      email: `renamed.${s.tag}@contoso.example`,
      firstName: "Renamed",
      lastName: "Newfamily",
    });

    // The filtered path on its own, as Entra sends an email change.
    const again = await s.call("PATCH", `/Users/${user.id}`, {
      Operations: [{ op: "Replace", path: 'emails[type eq "work"].value', value: `third.${s.tag}@contoso.example` }],
    });
    expect(again.body).toMatchObject({ emails: [{ value: `third.${s.tag}@contoso.example` }] });

    // A filter that selects no address Custodian keeps is 400, never a 200 that changed nothing.
    const home = await s.call("PATCH", `/Users/${user.id}`, {
      Operations: [{ op: "Add", path: 'emails[type eq "home"].value', value: `home.${s.tag}@example.net` }],
    });
    expect(home.status).toBe(400);
    expect(home.body).toMatchObject({ schemas: [ERROR], status: "400", scimType: "noTarget" });
    expect(String(home.body!.detail)).toContain('emails[type eq "home"].value');
    expect(
      (await e2eDb().member.findUniqueOrThrow({ where: { tenantId_id: { tenantId: s.tenant.id, id: user.id } } }))
        .email,
    ).toBe(`third.${s.tag}@contoso.example`);
  });

  test("the enterprise manager is set as a bare id and removed by its URN path", async ({ request }) => {
    const s = await scimNetwork(request);
    const boss = (await s.call("POST", "/Users", entraUser(s.tag, 1))).body as unknown as ScimUser;
    const user = (await s.call("POST", "/Users", entraUser(s.tag, 2))).body as unknown as ScimUser;
    const set = await s.call("PATCH", `/Users/${user.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Add", path: `${ENTERPRISE}:manager`, value: boss.id }],
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ [ENTERPRISE]: { manager: { value: boss.id, displayName: "Test User 1" } } });
    const byManager = await s.call(
      "GET",
      `/Users?filter=${encodeURIComponent(`${ENTERPRISE}:manager.value eq "${boss.id}"`)}`,
    );
    expect(byManager.body).toMatchObject({ totalResults: 1, Resources: [{ id: user.id }] });
    const removed = await s.call("PATCH", `/Users/${user.id}`, {
      Operations: [{ op: "Remove", path: `${ENTERPRISE}:manager` }],
    });
    expect((removed.body as unknown as ScimUser)[ENTERPRISE]?.manager).toBeUndefined();
  });

  test("groups: created with an externalId, found by displayName without members, members added and removed both ways, renamed, deleted", async ({
    request,
  }) => {
    const s = await scimNetwork(request);
    const a = (await s.call("POST", "/Users", entraUser(s.tag, 1))).body as unknown as ScimUser;
    const b = (await s.call("POST", "/Users", entraUser(s.tag, 2))).body as unknown as ScimUser;
    const created = await s.call("POST", "/Groups", {
      externalId: `grp-${s.tag}`,
      displayName: `Engineering ${s.tag}`,
      meta: { resourceType: "Group" },
      schemas: [GROUP],
    });
    expect(created.status).toBe(201);
    const group = created.body as { id: string; members: unknown[] };
    expect(created.headers.location).toContain(`/api/scim/v2/Groups/${group.id}`);
    expect(group).toMatchObject({ displayName: `Engineering ${s.tag}`, externalId: `grp-${s.tag}`, members: [] });

    const found = await s.call(
      "GET",
      `/Groups?excludedAttributes=members&filter=${encodeURIComponent(`displayName eq "engineering ${s.tag}"`)}`,
    );
    expect(found.body).toMatchObject({ totalResults: 1, Resources: [{ id: group.id }] });
    expect((found.body!.Resources as Record<string, unknown>[])[0]).not.toHaveProperty("members");

    const add = await s.call("PATCH", `/Groups/${group.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Add", path: "members", value: [{ $ref: null, value: a.id }, { value: b.id }] }],
    });
    expect(add.status).toBe(200);
    expect((add.body!.members as { value: string }[]).map((m) => m.value).sort()).toEqual([a.id, b.id].sort());
    expect(await s.events(group.id, "member.move")).toBe(1);
    // The member shows the group they are in now (exactly one).
    expect(((await s.call("GET", `/Users/${a.id}`)).body as unknown as ScimUser).groups).toEqual([
      expect.objectContaining({ value: group.id, display: `Engineering ${s.tag}` }),
    ]);
    const byMember = await s.call(
      "GET",
      `/Groups?filter=${encodeURIComponent(`members.value eq "${a.id}"`)}&excludedAttributes=members`,
    );
    expect(byMember.body).toMatchObject({ totalResults: 1, Resources: [{ id: group.id }] });

    // The older dialect: remove with a value list; the newer: members[value eq "…"].
    await s.call("PATCH", `/Groups/${group.id}`, {
      Operations: [{ op: "Remove", path: "members", value: [{ value: a.id }] }],
    });
    await s.call("PATCH", `/Groups/${group.id}`, {
      Operations: [{ op: "remove", path: `members[value eq "${b.id}"]` }],
    });
    const after = await s.call("GET", `/Groups/${group.id}`);
    expect(after.body).toMatchObject({ members: [] });
    const moved = await e2eDb().member.findMany({ where: { tenantId: s.tenant.id, id: { in: [a.id, b.id] } } });
    expect(moved.map((m) => m.groupId)).toEqual([s.defaultGroup.id, s.defaultGroup.id]);

    const renamed = await s.call("PATCH", `/Groups/${group.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Replace", path: "displayName", value: `Engineering ${s.tag} (renamed)` }],
    });
    expect(renamed.body).toMatchObject({ displayName: `Engineering ${s.tag} (renamed)` });
    expect(await s.events(group.id, "group.update")).toBe(1);

    expect((await s.call("DELETE", `/Groups/${group.id}`)).status).toBe(204);
    expect((await s.call("GET", `/Groups/${group.id}`)).status).toBe(404);
    expect(await s.events(group.id, "group.delete")).toBe(1);
    // The default group cannot go: everyone must have a group.
    const keep = await s.call("DELETE", `/Groups/${s.defaultGroup.id}`);
    expect(keep.status).toBe(400);
    expect(keep.body).toMatchObject({ scimType: "mutability" });
  });

  test("DELETE deprovisions: GET is 404 after, the row is kept deactivated, and provisioning again restores it", async ({
    request,
  }) => {
    const s = await scimNetwork(request);
    const user = (await s.call("POST", "/Users", entraUser(s.tag))).body as unknown as ScimUser;
    expect((await s.call("DELETE", `/Users/${user.id}`)).status).toBe(204);
    expect((await s.call("GET", `/Users/${user.id}`)).status).toBe(404);
    expect(
      (await s.call("PATCH", `/Users/${user.id}`, { Operations: [{ op: "replace", path: "active", value: true }] }))
        .status,
    ).toBe(404);
    const list = await s.call("GET", `/Users?filter=${encodeURIComponent(`externalId eq "entra-${s.tag}-1"`)}`);
    expect(list.body).toMatchObject({ totalResults: 0 });
    const row = await e2eDb().member.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: s.tenant.id, id: user.id } },
    });
    expect(row.status).toBe("deactivated");
    expect(row.scimDeletedAt).not.toBeNull();
    expect(await s.events(user.id, "member.deactivate")).toBe(1);

    const again = await s.call("POST", "/Users", entraUser(s.tag));
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: user.id, active: true });
  });
});

test.describe("SCIM as Okta sends it", () => {
  const oktaUser = (tag: string) => ({
    schemas: [USER],
    userName: `okta.${tag}@example.com`,
    name: { givenName: "Okta", familyName: "Person" },
    emails: [{ primary: true, value: `okta.${tag}@example.com`, type: "work" }],
    displayName: "Okta Person",
    locale: "en-US",
    externalId: `00u${tag}`,
    groups: [],
    password: "never-kept-1!",
    active: true,
  });

  test("create with a password (not kept), PUT a profile change, deactivate with a path-less replace", async ({
    request,
  }) => {
    const s = await scimNetwork(request);
    const created = await s.call("POST", "/Users", oktaUser(s.tag));
    expect(created.status).toBe(201);
    const user = created.body as unknown as ScimUser;
    expect(JSON.stringify(created.body)).not.toContain("never-kept");
    expect(created.body).toMatchObject({ locale: "en-US" });

    const put = await s.call("PUT", `/Users/${user.id}`, {
      ...oktaUser(s.tag),
      id: user.id,
      name: { givenName: "Okta", familyName: "Renamed" },
      displayName: "Okta Renamed",
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ name: { familyName: "Renamed" }, displayName: "Okta Renamed", active: true });
    expect(await s.events(user.id, "member.update")).toBe(1);

    const off = await s.call("PATCH", `/Users/${user.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "replace", value: { active: false } }],
    });
    expect(off.body).toMatchObject({ active: false });
    expect(await s.events(user.id, "member.suspend")).toBe(1);
    // Okta's filter on a deactivated user still finds it, inactive.
    const found = await s.call(
      "GET",
      `/Users?filter=${encodeURIComponent(`userName eq "okta.${s.tag}@example.com"`)}&startIndex=1&count=100`,
    );
    expect(found.body).toMatchObject({ totalResults: 1, Resources: [{ id: user.id, active: false }] });
  });

  test("group push: create with members, rename by a path-less replace, replace members by PUT, remove by value filter", async ({
    request,
  }) => {
    const s = await scimNetwork(request);
    const a = (await s.call("POST", "/Users", oktaUser(`${s.tag}a`))).body as unknown as ScimUser;
    const b = (await s.call("POST", "/Users", oktaUser(`${s.tag}b`))).body as unknown as ScimUser;
    const created = await s.call("POST", "/Groups", {
      schemas: [GROUP],
      displayName: `Sales ${s.tag}`,
      members: [{ value: a.id, display: "okta a" }],
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect(created.body).toMatchObject({ members: [{ value: a.id }] });

    const renamed = await s.call("PATCH", `/Groups/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "replace", value: { id, displayName: `Sales EMEA ${s.tag}` } }],
    });
    expect(renamed.body).toMatchObject({ displayName: `Sales EMEA ${s.tag}` });

    const put = await s.call("PUT", `/Groups/${id}`, {
      schemas: [GROUP],
      id,
      displayName: `Sales EMEA ${s.tag}`,
      members: [{ value: b.id }],
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ members: [{ value: b.id }] });
    expect(
      (await e2eDb().member.findUniqueOrThrow({ where: { tenantId_id: { tenantId: s.tenant.id, id: a.id } } })).groupId,
    ).toBe(s.defaultGroup.id);

    await s.call("PATCH", `/Groups/${id}`, { Operations: [{ op: "remove", path: `members[value eq "${b.id}"]` }] });
    expect((await s.call("GET", `/Groups/${id}`)).body).toMatchObject({ members: [] });
    // A member who is not this network's is named in a 400, not silently skipped.
    const stranger = await s.call("PATCH", `/Groups/${id}`, {
      Operations: [{ op: "add", path: "members", value: [{ value: "0196f0c2-0000-7000-8000-00000000dead" }] }],
    });
    expect(stranger.status).toBe(400);
    expect(String(stranger.body!.detail)).toContain("0196f0c2-0000-7000-8000-00000000dead");
  });
});

test.describe("SCIM per RFC 7644", () => {
  test("filters combine and, or, not and parentheses over core, enterprise and meta attributes", async ({
    request,
  }) => {
    const s = await scimNetwork(request);
    const one = (await s.call("POST", "/Users", entraUser(s.tag, 1))).body as unknown as ScimUser;
    const two = (await s.call("POST", "/Users", { ...entraUser(s.tag, 2), active: false, title: "Manager" }))
      .body as unknown as ScimUser;
    const ids = async (filter: string) => {
      const res = await s.call("GET", `/Users?filter=${encodeURIComponent(filter)}`);
      expect(res.status, filter).toBe(200);
      return (res.body!.Resources as { id: string }[]).map((r) => r.id).sort();
    };
    const both = [one.id, two.id].sort();
    expect(await ids("active eq true")).toEqual([one.id]);
    expect(await ids('active eq "False"')).toEqual([two.id]);
    expect(await ids(`externalId eq "entra-${s.tag}-2"`)).toEqual([two.id]);
    expect(await ids(`emails.value sw "user1.${s.tag}"`)).toEqual([one.id]);
    expect(await ids(`emails[type eq "work"].value ew "@contoso.example"`)).toEqual(both);
    expect(await ids('not (title eq "manager")')).toEqual([one.id]);
    expect(await ids(`(title eq "Engineer" or title eq "Manager") and not (active eq false)`)).toEqual([one.id]);
    expect(await ids(`${ENTERPRISE}:department eq "research" and ${ENTERPRISE}:employeeNumber eq "E-2"`)).toEqual([
      two.id,
    ]);
    expect(await ids(`meta.lastModified gt "2000-01-01T00:00:00Z" and userName co "${s.tag}"`)).toEqual(both);
    expect(await ids(`meta.created lt "2000-01-01T00:00:00Z"`)).toEqual([]);
    expect(await ids(`id eq "${one.id}" or id eq "not-an-id"`)).toEqual([one.id]);
    expect(await ids(`groups.display eq "Everyone" and displayName pr`)).toEqual(both);

    for (const [filter, names] of [
      ['nickname2 eq "x"', "nickname2"],
      ["title gt 5", "title"],
      ['meta.lastModified co "2020"', "meta.lastModified"],
      ["active gt true", "active"],
      ['userName eq "a" and', "could not be parsed"],
    ] as const) {
      const bad = await s.call("GET", `/Users?filter=${encodeURIComponent(filter)}`);
      expect(bad.status, filter).toBe(400);
      expect(bad.body, filter).toMatchObject({ schemas: [ERROR], scimType: "invalidFilter" });
      expect(String(bad.body!.detail), filter).toContain(names);
    }
  });

  test("paging is clamped as §3.4.2.4 says: startIndex below 1 is 1, a negative count is 0", async ({ request }) => {
    const s = await scimNetwork(request);
    for (let n = 1; n <= 3; n++) await s.call("POST", "/Users", entraUser(s.tag, n));
    const page = async (q: string) =>
      (await s.call("GET", `/Users?${q}`)).body as {
        startIndex: number;
        itemsPerPage: number;
        totalResults: number;
        Resources: unknown[];
      };
    expect(await page("startIndex=0&count=2")).toMatchObject({ startIndex: 1, itemsPerPage: 2, totalResults: 3 });
    expect(await page("startIndex=-7&count=10")).toMatchObject({ startIndex: 1, itemsPerPage: 3 });
    expect(await page("startIndex=3&count=10")).toMatchObject({ startIndex: 3, itemsPerPage: 1 });
    expect(await page("count=-1")).toMatchObject({ totalResults: 3, itemsPerPage: 0, Resources: [] });
    expect(await page("count=5000")).toMatchObject({ itemsPerPage: 3 });
    const bad = await s.call("GET", "/Users?startIndex=abc");
    expect(bad.status).toBe(400);
    expect(String(bad.body!.detail)).toContain("startIndex");
  });

  test("every string has a maximum length: 400 invalidValue naming the attribute", async ({ request }) => {
    const s = await scimNetwork(request);
    const long = "x".repeat(100_000);
    for (const [doc, attribute] of [
      [{ ...entraUser(s.tag), userName: `${long}@example.com` }, "userName"],
      [{ ...entraUser(s.tag), displayName: long }, "displayName"],
      [{ ...entraUser(s.tag), emails: [{ value: `${"a".repeat(5000)}@example.com`, primary: true }] }, "emails"],
      [{ ...entraUser(s.tag), [ENTERPRISE]: { department: long } }, "department"],
    ] as const) {
      const res = await s.call("POST", "/Users", doc);
      expect(res.status, attribute).toBe(400);
      expect(res.body, attribute).toMatchObject({ scimType: "invalidValue" });
      expect(String(res.body!.detail), attribute).toContain(attribute);
    }
    const group = await s.call("POST", "/Groups", { displayName: long });
    expect(group.status).toBe(400);
    expect(String(group.body!.detail)).toContain("displayName");
  });

  test("twenty identical creates at once: one 201, the rest 409 uniqueness, none a 5xx", async ({ request }) => {
    const s = await scimNetwork(request);
    const doc = entraUser(s.tag);
    const answers = await Promise.all(Array.from({ length: 20 }, () => s.call("POST", "/Users", doc)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array<number>(19).fill(409)]);
    for (const a of answers.filter((x) => x.status === 409)) expect(a.body).toMatchObject({ scimType: "uniqueness" });
    const groups = await Promise.all(
      Array.from({ length: 20 }, () => s.call("POST", "/Groups", { displayName: `Race ${s.tag}` })),
    );
    expect(groups.map((a) => a.status).sort()).toEqual([201, ...Array<number>(19).fill(409)]);
  });

  test("discovery documents describe what is served; unknown endpoints and methods are SCIM errors", async ({
    request,
  }) => {
    const s = await scimNetwork(request);
    const schemas = await s.call("GET", "/Schemas");
    const user = (schemas.body!.Resources as { id: string; attributes: { name: string }[] }[]).find(
      (r) => r.id === USER,
    )!;
    expect(user.attributes.map((a) => a.name)).toEqual(
      expect.arrayContaining(["userName", "emails", "active", "groups"]),
    );
    expect((await s.call("GET", `/Schemas/${ENTERPRISE}`)).body).toMatchObject({ id: ENTERPRISE });
    expect((await s.call("GET", "/ResourceTypes/User")).body).toMatchObject({
      endpoint: "/Users",
      schemaExtensions: [{ schema: ENTERPRISE, required: false }],
    });
    expect((await s.call("GET", "/ServiceProviderConfig")).body).toMatchObject({
      patch: { supported: true },
      filter: { supported: true },
    });
    const missing = await s.call("GET", "/Devices");
    expect(missing).toMatchObject({ status: 404, body: { schemas: [ERROR], status: "404" } });
    const wrong = await s.call("DELETE", "/Users");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe("GET, POST");
    expect(wrong.body).toMatchObject({ schemas: [ERROR], status: "405" });
    const unauthenticated = await request.get("/api/scim/v2/Users", { headers: { authorization: "Bearer nope" } });
    expect(unauthenticated.status()).toBe(401);
    expect(await unauthenticated.json()).toMatchObject({ schemas: [ERROR], status: "401" });
  });
});
