// While a section's data is on its way, the page shows a skeleton shaped like it (and says "Loading…" to screen
// readers), then the page replaces it.
import { expect, test } from "@playwright/test";
import { storageStatePath } from "../fixtures/demo-accounts";
import { tenantBySlug } from "../fixtures/factories";

test.use({ storageState: storageStatePath("admin") });

test("a section shows its skeleton while it loads, then the page", async ({ page }) => {
  const acme = await tenantBySlug("acme-defense");
  await page.goto(`/tenants/${acme.id}/groups`);
  // The navigation's links have prefetched their loading states by now.
  await page.waitForLoadState("networkidle");
  // The server is slow to answer for the devices page's data (the prefetches are left alone).
  await page.route(/\/devices(\?|$)/, async (route) => {
    const headers = route.request().headers();
    if (headers.rsc && !headers["next-router-prefetch"]) await new Promise((r) => setTimeout(r, 2000));
    await route.continue();
  });
  await page.getByRole("link", { name: "Devices", exact: true }).click();
  const skeleton = page.getByTestId("page-skeleton");
  await expect(skeleton).toBeVisible();
  await expect(skeleton).toHaveAttribute("aria-busy", "true");
  await expect(skeleton.getByRole("status")).toHaveText("Loading…");
  await expect(page.getByRole("columnheader", { name: "Platform" })).toBeVisible({ timeout: 10_000 });
  await expect(skeleton).toHaveCount(0);
});
