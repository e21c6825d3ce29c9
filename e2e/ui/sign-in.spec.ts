import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "../fixtures/demo-accounts";
import { SignInPage } from "../fixtures/sign-in-page";

test("empty fields are named in the error", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Email: enter the address of your console account.")).toBeVisible();
  await expect(page.getByText("Password: enter your password.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a wrong password and an unknown account get the same answer", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO.auditor, "not-the-password");
  await expect(signIn.error()).toBeVisible();
  const wrongPassword = await signIn.error().textContent();

  await signIn.goto();
  await signIn.signIn("nobody@custodian.test", DEMO_PASSWORD);
  await expect(signIn.error()).toBeVisible();
  expect(await signIn.error().textContent()).toBe(wrongPassword);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a tenant-scoped user sees only the networks granted to them", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO.helpdesk, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await page.goto("/tenants");
  await expect(page.getByRole("cell", { name: "Acme Defense Systems" })).toBeVisible();
  await expect(page.getByText("1 row", { exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Globex Finance" })).toHaveCount(0);
});
