import { expect, test } from "@playwright/test";
import { dismissConfirmation, openConfirmation } from "../fixtures/confirm-dialog";
import { storageStatePath } from "../fixtures/demo-accounts";
import { createUser, e2eDb, tenantBySlug, uniqueTag } from "../fixtures/factories";
import { SignInPage, signInAs, toast } from "../fixtures/sign-in-page";

test.use({ storageState: storageStatePath("admin") });

test("a tenant admin invites someone, who sets a password and signs in with that role", async ({ page, browser }) => {
  const acme = await tenantBySlug("acme-defense");
  const email = `invitee-${uniqueTag()}@custodian.test`;
  await page.goto(`/tenants/${acme.id}/console-users`);
  await page.getByLabel("Email", { exact: true }).fill("not-an-email");
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByText("expected an email address")).toBeVisible();
  await expect(page.getByText("enter the person's name")).toBeVisible();

  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Name", { exact: true }).fill("Ivy Invitee");
  await page.getByLabel("Role", { exact: true }).selectOption("auditor");
  await page.getByRole("button", { name: "Invite" }).click();
  const link = (await page.getByTestId("invite-link").textContent())!.trim();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);

  const invitee = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const p = await invitee.newPage();
  await p.goto(link);
  await p.getByLabel("Password", { exact: true }).fill("short");
  await p.getByLabel("Password again").fill("different");
  await p.getByRole("button", { name: "Set password" }).click();
  await expect(p.getByText("at least 12 characters", { exact: true })).toBeVisible();
  await expect(p.getByText("the two passwords differ")).toBeVisible();
  await p.getByLabel("Password", { exact: true }).fill("a long enough passphrase");
  await p.getByLabel("Password again").fill("a long enough passphrase");
  await p.getByRole("button", { name: "Set password" }).click();
  await p.getByRole("link", { name: "Go to sign-in" }).click();
  await new SignInPage(p).signIn(email, "a long enough passphrase");
  await expect(p.getByRole("navigation", { name: "Main navigation" }).getByText("Auditor")).toBeVisible();
  // The link worked once.
  await p.goto(link);
  await expect(p.locator("main [role=alert]")).toContainText("no longer valid");
  await invitee.close();
});

test("deactivating a console user ends their session at once", async ({ page, browser }) => {
  const acme = await tenantBySlug("acme-defense");
  const user = await createUser("helpdesk");
  const theirs = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const p = await theirs.newPage();
  const signIn = await signInAs(p, user);

  await page.goto(`/tenants/${acme.id}/console-users?q=${encodeURIComponent(user.email)}`);
  const row = page.getByRole("form", { name: user.email });
  await row.getByRole("button", { name: "Manage" }).click();
  // Asked on top of the Manage dialog, naming the account; dismissed, nothing changes and
  // focus is back on the button, inside the Manage dialog.
  const deactivate = row.getByRole("button", { name: "Deactivate account" });
  const asked = await openConfirmation(page, deactivate, `Deactivate ${user.email}?`);
  await expect(asked).toContainText("They are signed out everywhere and cannot sign in again, in any network.");
  await dismissConfirmation(page, asked, deactivate, "Escape");
  await expect(page.getByRole("dialog", { name: `Manage ${user.email}` })).toBeVisible();
  expect((await e2eDb().consoleUser.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("active");
  await deactivate.click();
  await asked.getByRole("button", { name: "Deactivate account" }).click();
  await expect(toast(page, "Done.")).toBeVisible();
  await expect(page.getByText("Deactivated")).toBeVisible();

  await p.goto("/tenants");
  await expect(p).toHaveURL(/\/sign-in/);
  await signIn.signIn(user.email, user.password);
  await expect(signIn.error()).toBeVisible();
  expect(
    await e2eDb().auditEvent.count({
      where: { tenantId: acme.id, action: "console_user.deactivate", targetId: user.id },
    }),
  ).toBe(1);
  await theirs.close();
});

test("a tenant admin cannot deactivate someone who also works in a network they do not manage", async ({ page }) => {
  const acme = await tenantBySlug("acme-defense");
  const globex = await tenantBySlug("globex-finance");
  const user = await createUser("auditor");
  await e2eDb().roleGrant.create({ data: { tenantId: globex.id, userId: user.id, role: "auditor" } });
  await page.goto(`/tenants/${acme.id}/console-users?q=${encodeURIComponent(user.email)}`);
  const row = page.getByRole("form", { name: user.email });
  await row.getByRole("button", { name: "Manage" }).click();
  await row.getByRole("button", { name: "Deactivate account" }).click();
  await page
    .getByRole("dialog", { name: `Deactivate ${user.email}?` })
    .getByRole("button", { name: "Deactivate account" })
    .click();
  await expect(row.getByRole("alert").first()).toHaveText("You do not have permission to do this.");
  expect((await e2eDb().consoleUser.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("active");
});
