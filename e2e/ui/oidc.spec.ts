import { expect, type Page, test } from "@playwright/test";
import { dismissConfirmation, openConfirmation } from "../fixtures/confirm-dialog";
import { storageStatePath } from "../fixtures/demo-accounts";
import { e2eDb, uniqueTag } from "../fixtures/factories";
import { startOidcProvider } from "../fixtures/oidc-provider";
import { SignInPage } from "../fixtures/sign-in-page";

const tag = uniqueTag();
const slug = `idp-${tag}`;
const clientSecret = `secret-${uniqueTag()}${uniqueTag()}`;
let idp: Awaited<ReturnType<typeof startOidcProvider>>;

test.beforeAll(async () => {
  idp = await startOidcProvider({
    clientId: "custodian-e2e",
    clientSecret,
    redirectUri: `http://localhost:${process.env.E2E_PORT ?? 3100}/api/auth/callback/oidc-${slug}`,
    accounts: {
      [`alice-${tag}`]: {
        email: `alice-${tag}@idp.test`,
        name: "Alice Okta",
        groups: ["custodian-admins", "everyone"],
      },
      [`bob-${tag}`]: { email: `bob-${tag}@idp.test`, name: "Bob Nobody", groups: ["everyone"] },
      // Claims the email of an existing local console account.
      [`mallory-${tag}`]: { email: "auditor@custodian.test", name: "Mallory", groups: ["custodian-admins"] },
    },
  });
});

test.afterAll(async () => {
  await idp?.close();
});

async function signInAtIdp(page: Page, login: string) {
  await page.getByRole("button", { name: `Sign in with Test IdP ${tag}` }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.locator('button[type="submit"]').click();
  // The provider's consent step.
  await page.locator('button[type="submit"]').click();
}

test.describe.serial("OIDC single sign-on against a real provider", () => {
  test("an operator adds the connection in the console", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath("operator") });
    const page = await context.newPage();
    await page.goto("/platform/sso");
    await page.getByLabel("Name on the sign-in page").fill(`Test IdP ${tag}`);
    await page.getByLabel("Slug").fill(slug);
    await page.getByLabel("Issuer URL").fill(idp.issuer);
    await page.getByLabel("Client id").fill("custodian-e2e");
    await page.getByLabel("Client secret").fill(clientSecret);
    await page.getByLabel("Group mappings").fill("custodian-admins, northwind-health, tenant_admin\nwrong line");
    await page.getByRole("button", { name: "Add connection" }).click();
    await expect(page.getByText("Line 2: expected “group, network slug, role”").first()).toBeVisible();
    await page
      .getByLabel("Group mappings")
      .fill("custodian-admins, northwind-health, tenant_admin\nops, no-such-network, auditor");
    await page.getByRole("button", { name: "Add connection" }).click();
    await expect(page.getByText("Line 2: no network has the slug “no-such-network”")).toBeVisible();
    // Nothing typed is lost to the error: only the bad field needs fixing.
    await expect(page.getByLabel("Issuer URL")).toHaveValue(idp.issuer);
    await page.getByLabel("Group mappings").fill("custodian-admins, northwind-health, tenant_admin");
    await page.getByRole("button", { name: "Add connection" }).click();
    await expect(page.getByRole("cell", { name: `Test IdP ${tag}`, exact: true })).toBeVisible();
    await expect(page.getByText(`/api/auth/callback/oidc-${slug}`)).toBeVisible();
    // The secret is sealed at rest, never shown.
    await expect(page.getByText(clientSecret)).toHaveCount(0);
    await context.close();
  });

  test("a mapped IdP user signs in and gets the mapped role", async ({ page }) => {
    await new SignInPage(page).goto();
    await signInAtIdp(page, `alice-${tag}`);
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect(nav.getByText("Northwind Health")).toBeVisible();
    await expect(nav.getByText("Tenant admin")).toBeVisible();
    const user = await e2eDb().consoleUser.findUniqueOrThrow({
      where: { email: `alice-${tag}@idp.test` },
      include: { roleGrants: true, identities: true },
    });
    expect(user.roleGrants).toEqual([expect.objectContaining({ role: "tenant_admin", source: "sso" })]);
    expect(user.identities).toEqual([expect.objectContaining({ subject: `alice-${tag}` })]);
  });

  test("an IdP user whose groups map to nothing is refused", async ({ page }) => {
    await new SignInPage(page).goto();
    await signInAtIdp(page, `bob-${tag}`);
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.locator("main [role=alert]")).toContainText("Single sign-on did not give you access");
    expect(await e2eDb().consoleUser.count({ where: { email: `bob-${tag}@idp.test` } })).toBe(0);
  });

  test("an IdP account is never linked to a console account by email alone", async ({ page }) => {
    await new SignInPage(page).goto();
    await signInAtIdp(page, `mallory-${tag}`);
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.locator("main [role=alert]")).toContainText("Single sign-on did not give you access");
    const auditor = await e2eDb().consoleUser.findUniqueOrThrow({
      where: { email: "auditor@custodian.test" },
      include: { identities: true },
    });
    expect(auditor.identities).toEqual([]);
    const refusals = await e2eDb().auditEvent.count({
      where: {
        action: "auth.sign_in_failed",
        actorLabel: "auditor@custodian.test",
        changes: { path: ["after", "reason"], equals: "email_belongs_to_unlinked_account" },
      },
    });
    expect(refusals).toBeGreaterThan(0);
  });

  test("deleting the connection asks, naming it and its issuer; afterwards nobody signs in with it", async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: storageStatePath("operator") });
    const page = await context.newPage();
    await page.goto("/platform/sso");
    const remove = page.getByRole("button", { name: `Delete Test IdP ${tag}` });
    const asked = await openConfirmation(page, remove, `Delete the connection “Test IdP ${tag}”?`);
    await expect(asked).toContainText(`Console users can no longer sign in through ${idp.issuer}.`);
    await dismissConfirmation(page, asked, remove, "button");
    expect(await e2eDb().ssoConnection.count({ where: { slug } })).toBe(1);
    await remove.click();
    await asked.getByRole("button", { name: "Delete connection" }).click();
    await expect(page.getByRole("cell", { name: `Test IdP ${tag}`, exact: true })).toHaveCount(0);
    expect(await e2eDb().ssoConnection.count({ where: { slug } })).toBe(0);
    await context.close();

    const signedOut = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const signIn = await signedOut.newPage();
    await new SignInPage(signIn).goto();
    await expect(signIn.getByRole("button", { name: `Sign in with Test IdP ${tag}` })).toHaveCount(0);
    await signedOut.close();
  });
});
