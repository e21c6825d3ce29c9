import { expect, test } from "@playwright/test";
import { dismissConfirmation, openConfirmation } from "../fixtures/confirm-dialog";
import { storageStatePath } from "../fixtures/demo-accounts";
import { tenantBySlug, uniqueTag } from "../fixtures/factories";

test.use({ storageState: storageStatePath("admin") });

test("a token is shown once, works with its scope only, and stops working when revoked", async ({ page, request }) => {
  const acme = await tenantBySlug("acme-defense");
  const name = `SIEM ${uniqueTag()}`;
  await page.goto(`/tenants/${acme.id}/tokens`);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("enter a name that says what uses the token")).toBeVisible();
  await expect(page.getByText("choose at least one scope")).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("audit.read").check();
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^cst_/);
  await page.reload();
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(page.getByRole("cell", { name, exact: true })).toBeVisible();

  const auth = { authorization: `Bearer ${token}` };
  const events = await request.get(`/api/v1/tenants/${acme.id}/audit-events?pageSize=5`, { headers: auth });
  expect(events.status()).toBe(200);
  const body = (await events.json()) as { rows: { action: string }[]; total: number };
  expect(body.rows.length).toBeGreaterThan(0);
  // Outside its scope, and outside its network: forbidden.
  expect((await request.get(`/api/v1/tenants/${acme.id}`, { headers: auth })).status()).toBe(403);
  const globex = await tenantBySlug("globex-finance");
  expect((await request.get(`/api/v1/tenants/${globex.id}/audit-events`, { headers: auth })).status()).toBe(403);

  // The confirmation names the token and the prefix its callers send; dismissing it revokes nothing.
  const revoke = page.getByRole("button", { name: `Revoke ${name}` });
  const confirm = await openConfirmation(page, revoke, `Revoke the token “${name}”?`);
  await expect(confirm).toContainText(
    `Anything that calls Custodian with cst_${token.split("_")[1]}_… stops working at once.`,
  );
  await dismissConfirmation(page, confirm, revoke, "Escape");
  expect((await request.get(`/api/v1/tenants/${acme.id}/audit-events`, { headers: auth })).status()).toBe(200);
  await openConfirmation(page, revoke, `Revoke the token “${name}”?`, { scan: false });
  await dismissConfirmation(page, confirm, revoke, "button");
  expect((await request.get(`/api/v1/tenants/${acme.id}/audit-events`, { headers: auth })).status()).toBe(200);
  await revoke.click();
  await confirm.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) }).getByText("Revoked")).toBeVisible();
  const refused = await request.get(`/api/v1/tenants/${acme.id}/audit-events`, { headers: auth });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
});
