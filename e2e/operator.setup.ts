import { expect, test as setup } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, storageStatePath } from "./fixtures/demo-accounts";
import { SignInPage } from "./fixtures/sign-in-page";

setup("sign in as the platform operator", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO.operator, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await page.context().storageState({ path: storageStatePath("operator") });
});
