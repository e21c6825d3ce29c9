import { expect, test as setup } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, type DemoRole, storageStatePath } from "./fixtures/demo-accounts";
import { SignInPage } from "./fixtures/sign-in-page";

// One signed-in browser state per demo role, for the specs that act as that role.
for (const role of Object.keys(DEMO) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(DEMO[role], DEMO_PASSWORD);
    // The suite's first sign-ins meet a cold server that other workers are already loading.
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible({ timeout: 20_000 });
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
