import { expect, test } from "@playwright/test";
import { storageStatePath } from "../fixtures/demo-accounts";
import { e2eDb, tenantBySlug, uniqueTag } from "../fixtures/factories";

test.use({ storageState: storageStatePath("admin") });

test("a token made in the console suspends a member from a script, and the audit explorer names the token", async ({
  page,
  request,
}) => {
  const acme = await tenantBySlug("acme-defense");
  const group = await e2eDb().securityGroup.findFirstOrThrow({ where: { tenantId: acme.id, isDefault: true } });
  const tag = uniqueTag();
  const member = await e2eDb().member.create({
    data: {
      tenantId: acme.id,
      groupId: group.id,
      email: `api-${tag}@acme.example`,
      displayName: `API ${tag}`,
      status: "active",
    },
  });
  const name = `script ${tag}`;
  await page.goto(`/tenants/${acme.id}/tokens`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("members.suspend").check();
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  const headers = { authorization: `Bearer ${token}` };

  // The script: the same operation the console's Suspend button runs.
  const res = await request.post(`/api/v1/tenants/${acme.id}/members/suspend`, {
    headers,
    data: { memberIds: [member.id] },
  });
  expect(res.status(), await res.text()).toBe(200);
  expect(
    (await e2eDb().member.findUniqueOrThrow({ where: { tenantId_id: { tenantId: acme.id, id: member.id } } })).status,
  ).toBe("suspended");
  // Bad input names the field; an unknown route and a wrong method say so, all as problem+json.
  const bad = await request.post(`/api/v1/tenants/${acme.id}/members/suspend`, { headers, data: { memberIds: ["x"] } });
  expect(bad.status()).toBe(422);
  expect(bad.headers()["content-type"]).toContain("application/problem+json");
  expect(JSON.stringify(await bad.json())).toContain('"field":"memberIds.0"');
  expect((await request.get(`/api/v1/tenants/${acme.id}/nothing-here`, { headers })).status()).toBe(404);
  const wrong = await request.delete(`/api/v1/tenants/${acme.id}/members/suspend`, { headers });
  expect(wrong.status()).toBe(405);
  expect(wrong.headers()["allow"]).toBe("POST");

  await page.goto(`/tenants/${acme.id}/audit?action=member.suspend&targetId=${member.id}`);
  await expect(page.getByRole("cell", { name: `token:${name}` }).first()).toBeVisible();
});

test("the OpenAPI document is served, and the reference page lists every route from it", async ({ page, request }) => {
  const res = await request.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
  expect(doc.openapi).toBe("3.1.0");
  const count = Object.values(doc.paths).reduce((n, m) => n + Object.keys(m).length, 0);
  await page.goto("/api-reference");
  await expect(page.getByRole("heading", { name: "API reference" })).toBeVisible();
  await expect(page.locator("[data-operation]")).toHaveCount(count);
  await expect(page.getByText("POST /api/v1/tenants/{tenantId}/members/suspend")).toBeVisible();
});
