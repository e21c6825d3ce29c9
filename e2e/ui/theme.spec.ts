// The colour theme: the system's by default, or the one chosen in Your account,
// which follows the account to another browser.
import { expect, test, type Page } from "@playwright/test";
import { createUser } from "../fixtures/factories";
import { signInAs } from "../fixtures/sign-in-page";

/** The page's background lightness (0–255 average of its RGB channels). */
async function backgroundLightness(page: Page) {
  return page.evaluate(() => {
    const probe = document.createElement("div");
    probe.style.color = getComputedStyle(document.body).backgroundColor;
    document.body.append(probe);
    // Computed colours may come back as oklch(); a canvas reads any of them back as RGB.
    const ctx = document.createElement("canvas").getContext("2d");
    if (!ctx) throw new Error("no 2D canvas");
    ctx.fillStyle = getComputedStyle(probe).color;
    ctx.fillRect(0, 0, 1, 1);
    probe.remove();
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return ((r ?? 0) + (g ?? 0) + (b ?? 0)) / 3;
  });
}

test("the theme follows the system until the account chooses one, and the choice follows the account", async ({
  browser,
}) => {
  const user = await createUser("tenant_admin");
  const dark = await browser.newContext({ colorScheme: "dark", storageState: { cookies: [], origins: [] } });
  const page = await dark.newPage();
  await signInAs(page, user);

  // No choice yet: the browser prefers dark, so the console is dark.
  await page.goto("/account");
  expect(await backgroundLightness(page)).toBeLessThan(60);

  // Choosing Light overrides the system.
  await page.getByLabel("Theme").selectOption({ label: "Light" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  // At once, without a reload, and still after one.
  await expect(page.locator("html")).toHaveClass("light");
  expect(await backgroundLightness(page)).toBeGreaterThan(200);
  await page.reload();
  await expect(page.locator("html")).toHaveClass("light");
  expect(await backgroundLightness(page)).toBeGreaterThan(200);

  // Dark, chosen in a browser that prefers light, in another browser.
  const light = await browser.newContext({ colorScheme: "light", storageState: { cookies: [], origins: [] } });
  const other = await light.newPage();
  await signInAs(other, user);
  await other.goto("/account");
  expect(await backgroundLightness(other)).toBeGreaterThan(200);
  await other.getByLabel("Theme").selectOption({ label: "Dark" });
  await other.getByRole("button", { name: "Save" }).click();
  await expect(other.getByText("Saved.")).toBeVisible();
  await other.goto("/tenants");
  await expect(other.locator("html")).toHaveClass("dark");
  expect(await backgroundLightness(other)).toBeLessThan(60);

  // Back to the system's setting: each browser follows its own again.
  await other.goto("/account");
  await other.getByLabel("Theme").selectOption({ label: "As the system is set" });
  await other.getByRole("button", { name: "Save" }).click();
  await expect(other.getByText("Saved.")).toBeVisible();
  await other.reload();
  expect(await backgroundLightness(other)).toBeGreaterThan(200);
  await page.reload();
  expect(await backgroundLightness(page)).toBeLessThan(60);
  await dark.close();
  await light.close();
});
