import { expect, test } from "@playwright/test";
import { createUser, e2eDb } from "../fixtures/factories";
import { SignInPage, signInAs } from "../fixtures/sign-in-page";

test("a session revoked from another browser is refused on its next request", async ({ browser }) => {
  const user = await createUser("auditor");
  const first = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const second = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const a = await first.newPage();
  const b = await second.newPage();
  for (const page of [a, b]) {
    await signInAs(page, user);
  }

  await b.goto("/account");
  const rows = b.locator("tbody tr", { has: b.getByRole("button", { name: "Sign out" }) });
  await expect(rows).toHaveCount(1); // the other browser's session
  await rows.getByRole("button", { name: "Sign out" }).click();
  await expect(rows).toHaveCount(0);

  await a.goto("/tenants");
  await expect(a).toHaveURL(/\/sign-in/);
  await b.goto("/tenants");
  await expect(b.getByRole("heading", { name: "Networks" })).toBeVisible();
  await first.close();
  await second.close();
});

test("removing a user's last role refuses their next request", async ({ page }) => {
  const user = await createUser("helpdesk");
  await signInAs(page, user);
  await e2eDb().roleGrant.deleteMany({ where: { userId: user.id } });
  await page.goto("/tenants");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("sign out everywhere ends this browser's session too", async ({ page }) => {
  const user = await createUser("auditor");
  await signInAs(page, user);
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await e2eDb().consoleSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  expect(
    await e2eDb().auditEvent.count({ where: { tenantId: "platform", action: "session.revoke_all", actorId: user.id } }),
  ).toBe(1);
});

test("signing out ends the server-side session and is audited", async ({ page }) => {
  const user = await createUser("auditor");
  await signInAs(page, user);
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect.poll(() => e2eDb().auditEvent.count({ where: { action: "auth.sign_out", actorId: user.id } })).toBe(1);
  expect(await e2eDb().consoleSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
});

test("a network that requires MFA sends its members to set it up first", async ({ page }) => {
  const tenant = await e2eDb().tenant.create({
    data: { slug: `mfa-${Date.now()}`, name: "MFA Required Co", requireMfa: true },
  });
  const user = await createUser("auditor", tenant.slug);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(user.email, user.password);
  await expect(page).toHaveURL(/\/account\?mfa=required/);
  await expect(page.getByText("Two-factor sign-in is required for your account.")).toBeVisible();
  await page.goto(`/tenants/${tenant.id}`);
  await expect(page).toHaveURL(/\/account/);
});
