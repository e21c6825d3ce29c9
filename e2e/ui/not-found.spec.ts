// The 404 page: the console's own, in the reader's language, accessible, and the same for a path that does not
// exist as for a network the reader may not open.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStatePath } from "../fixtures/demo-accounts";
import { tenantBySlug } from "../fixtures/factories";

test.use({ storageState: storageStatePath("helpdesk") });

test("a missing page and a network the reader may not open answer the same 404 page", async ({ page }) => {
  const other = await tenantBySlug("globex-finance");
  for (const url of ["/no-such-page", `/tenants/${other.id}`]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText(other.name)).toHaveCount(0);
  }
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await page.getByRole("link", { name: "Back to the overview" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
});

test.describe("in German", () => {
  test.use({ locale: "de-DE" });
  test("the 404 page speaks German", async ({ page }) => {
    const res = await page.goto("/no-such-page");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Seite nicht gefunden" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Zurück zur Übersicht" })).toBeVisible();
  });
});
