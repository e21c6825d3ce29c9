import { expect, test } from "@playwright/test";
import { createToken, e2eDb, uniqueTag } from "../fixtures/factories";

const SCIM = "application/scim+json";

test("a SCIM round trip: create, find, patch to inactive, deactivate — with a real HTTP client", async ({
  request,
}) => {
  const { token, tenantId } = await createToken("northwind-health", ["scim.provision"]);
  const headers = { authorization: `Bearer ${token}`, "content-type": SCIM };
  const tag = uniqueTag();
  const userName = `Scim.User.${tag}@Northwind.example`;

  const created = await request.post("/api/scim/v2/Users", {
    headers,
    data: {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
      userName,
      externalId: `okta-${tag}`,
      name: { givenName: "Scim", familyName: "User" },
      active: true,
    },
  });
  expect(created.status()).toBe(201);
  expect(created.headers()["content-type"]).toContain(SCIM);
  const user = (await created.json()) as { id: string; userName: string; active: boolean; meta: { location: string } };
  expect(user).toMatchObject({ userName: userName.toLowerCase(), active: true });

  // The same userName again is a uniqueness conflict, in SCIM's error format.
  const again = await request.post("/api/scim/v2/Users", { headers, data: { userName } });
  expect(again.status()).toBe(409);
  expect(await again.json()).toMatchObject({
    schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
    status: "409",
    scimType: "uniqueness",
  });

  for (const filter of [
    `userName eq "${userName}"`,
    `externalId eq "okta-${tag}"`,
    `emails.value co "${tag}"`,
    `userName sw "scim.user.${tag}"`,
  ]) {
    const list = await request.get(`/api/scim/v2/Users?filter=${encodeURIComponent(filter)}&startIndex=1&count=10`, {
      headers,
    });
    expect(list.status(), filter).toBe(200);
    expect(await list.json(), filter).toMatchObject({ totalResults: 1, Resources: [{ id: user.id }] });
  }
  const bad = await request.get(`/api/scim/v2/Users?filter=${encodeURIComponent("title pr")}`, { headers });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ scimType: "invalidFilter" });

  const patched = await request.patch(`/api/scim/v2/Users/${user.id}`, {
    headers,
    data: {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "Replace", path: "active", value: false }],
    },
  });
  expect(patched.status()).toBe(200);
  expect(await patched.json()).toMatchObject({ active: false });
  expect((await e2eDb().member.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: user.id } } })).status).toBe(
    "suspended",
  );
  expect(await e2eDb().serviceCommand.count({ where: { tenantId, memberId: user.id, kind: "sign_out" } })).toBe(1);

  const removed = await request.delete(`/api/scim/v2/Users/${user.id}`, { headers });
  expect(removed.status()).toBe(204);
  expect((await e2eDb().member.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: user.id } } })).status).toBe(
    "deactivated",
  );
  expect(
    await e2eDb().auditEvent.count({
      where: { tenantId, targetId: user.id, action: { in: ["member.create", "member.update", "member.deactivate"] } },
    }),
  ).toBe(3);
});

test("SCIM groups are the security groups; PATCH moves members", async ({ request }) => {
  const { token, tenantId } = await createToken("northwind-health", ["scim.provision"]);
  const headers = { authorization: `Bearer ${token}`, "content-type": SCIM };
  const groups = (await (await request.get("/api/scim/v2/Groups", { headers })).json()) as {
    Resources: { id: string; displayName: string }[];
  };
  const clinicians = groups.Resources.find((g) => g.displayName === "Clinicians")!;
  const member = await e2eDb().member.findFirstOrThrow({ where: { tenantId, group: { isDefault: true } } });
  const res = await request.patch(`/api/scim/v2/Groups/${clinicians.id}`, {
    headers,
    data: { Operations: [{ op: "add", path: "members", value: [{ value: member.id }] }] },
  });
  expect(res.status()).toBe(200);
  expect(
    (await e2eDb().member.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: member.id } } })).groupId,
  ).toBe(clinicians.id);
  const out = await request.patch(`/api/scim/v2/Groups/${clinicians.id}`, {
    headers,
    data: { Operations: [{ op: "remove", path: `members[value eq "${member.id}"]` }] },
  });
  expect(out.status()).toBe(200);
  const back = await e2eDb().member.findUniqueOrThrow({
    where: { tenantId_id: { tenantId, id: member.id } },
    include: { group: true },
  });
  expect(back.group.isDefault).toBe(true);

  for (const path of ["ServiceProviderConfig", "ResourceTypes", "Schemas"]) {
    const r = await request.get(`/api/scim/v2/${path}`, { headers });
    expect(r.status(), path).toBe(200);
  }
  expect((await request.get("/api/scim/v2/Users", { headers: { authorization: "Bearer nope" } })).status()).toBe(401);
});
