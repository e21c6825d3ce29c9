import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "../fixtures/demo-accounts";
import { SignInPage } from "../fixtures/sign-in-page";

// Used by the embedded-database smoke run as well as the main suite.
test("the demo operator signs in and sees the demo organization", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO.operator, DEMO_PASSWORD);
  // The embedded smoke run signs in while ten API clients work: slower, never refused.
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Networks" }).click();
  // The overview lists the networks too: wait for the networks page itself.
  await expect(page).toHaveURL(/\/tenants$/);
  await expect(page.getByRole("cell", { name: "Acme Defense Systems", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Initech Public Sector", exact: true })).toBeVisible();
});
