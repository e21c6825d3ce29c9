import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "../fixtures/demo-accounts";
import { SignInPage } from "../fixtures/sign-in-page";

// The embedded smoke run keeps this browser going (E2E_BROWSE_SECONDS) while ten API clients work, to show the
// embedded database serves both at once; alone it is one pass over the console's main pages.
const seconds = Number(process.env.E2E_BROWSE_SECONDS ?? 0);

test("a signed-in operator browses the console's pages, each one whole", async ({ page }) => {
  test.setTimeout(Math.max(120, seconds + 120) * 1000);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO.operator, DEMO_PASSWORD);
  // Under the smoke run's ten API clients a page may take seconds; it must still come, whole.
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/tenants");
  const acme = await page.getByRole("link", { name: "Acme Defense Systems", exact: true }).getAttribute("href");
  expect(acme).toMatch(/^\/tenants\/[0-9a-f-]{36}$/);
  // Each page with the heading it shows: the console's own, or the network's on its pages.
  const pages: [string, string][] = [
    ["/", "Overview"],
    ["/tenants", "Networks"],
    ...["members", "devices", "groups", "audit", "retention", "federation"].map(
      (p) => [`${acme}/${p}`, "Acme Defense Systems"] as [string, string],
    ),
  ];
  const end = Date.now() + seconds * 1000;
  let visits = 0;
  do {
    for (const [path, heading] of pages) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { name: heading, exact: true }).first(), path).toBeVisible({
        timeout: 30_000,
      });
      // Streamed sections come in behind their skeletons: wait for them, then no section may have failed.
      await expect(page.getByTestId("page-skeleton"), path).toHaveCount(0, { timeout: 30_000 });
      await expect(page.getByText("Something went wrong"), path).toHaveCount(0);
      visits++;
    }
  } while (Date.now() < end);
  console.log(`browsed ${visits} pages`);
});
