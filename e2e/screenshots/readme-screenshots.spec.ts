// The README's screenshots, taken from the demo data by the e2e suite: each page
// is opened as its role would, and shot once it shows what the caption says.
// In `npm test` this runs after the other tests and keeps the images with the
// test results; `npm run screenshots` runs it alone on a fresh database and
// writes them to e2e/screenshots/ for the README.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";

const password = process.env.CUSTODIAN_DEMO_PASSWORD || "custodian-demo";

async function signedIn(browser: Browser, email: string, colorScheme: "light" | "dark" = "light"): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme,
    storageState: { cookies: [], origins: [] },
  });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  return page;
}

/** Opens the demo network Acme Defense Systems from the sidebar, then one of its sections. */
async function openAcme(page: Page, section?: string) {
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: /Acme Defense Systems/ }).click();
  await expect(page.getByRole("heading", { name: "Acme Defense Systems", level: 1 })).toBeVisible();
  if (section) await page.getByRole("link", { name: section, exact: true }).click();
}

test("the README's screenshots", async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const out = process.env.SCREENSHOT_DIR ? path.resolve(process.env.SCREENSHOT_DIR) : testInfo.outputPath();
  mkdirSync(out, { recursive: true });
  const shot = async (page: Page, name: string, fullPage = false) => {
    // Charts and skeletons settle, and a step's toast goes, before the picture.
    await expect(page.getByTestId("page-skeleton")).toHaveCount(0);
    await expect(page.getByRole("region", { name: /^Notifications/ }).getByRole("listitem")).toHaveCount(0, {
      timeout: 15_000,
    });
    // A click may have scrolled a wide table sideways; show each from its first column.
    await page.evaluate(() => document.querySelectorAll(".overflow-x-auto").forEach((e) => (e.scrollLeft = 0)));
    await page.screenshot({ path: path.join(out, `${name}.png`), fullPage });
  };

  const anon = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await anon.goto("/sign-in");
  await expect(anon.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await shot(anon, "sign-in");

  const operator = await signedIn(browser, "operator@custodian.test");
  await expect(operator.getByRole("heading", { name: "Networks at a glance" })).toBeVisible();
  await operator.locator(".recharts-bar-rectangle").first().waitFor();
  await shot(operator, "overview");
  await operator.goto("/tenants");
  await expect(operator.getByRole("cell", { name: "Acme Defense Systems", exact: true })).toBeVisible();
  await shot(operator, "networks");

  const admin = await signedIn(browser, "admin@custodian.test");
  await openAcme(admin);
  await expect(admin.getByRole("heading", { name: "Members by status" })).toBeVisible();
  await admin.locator(".recharts-bar-rectangle").first().waitFor();
  await shot(admin, "dashboard", true);
  await openAcme(admin, "Console users");
  await expect(admin.getByRole("form", { name: "helpdesk@custodian.test" })).toBeVisible();
  await shot(admin, "console-users");
  await admin.getByRole("link", { name: "Audit log", exact: true }).click();
  await expect(admin.getByRole("columnheader", { name: "Seq" })).toBeVisible();
  await shot(admin, "audit-log");
  await admin.getByRole("link", { name: "Groups", exact: true }).click();
  await admin.getByRole("link", { name: "Default", exact: true }).click();
  await admin.getByRole("tab", { name: "Messaging" }).click();
  await expect(admin.getByLabel("Message expiration maximum")).toBeVisible();
  await shot(admin, "group-editor");
  await admin.getByRole("link", { name: "Members", exact: true }).click();
  await expect(admin.getByRole("columnheader", { name: /Name/ })).toBeVisible();
  await shot(admin, "members");
  await admin.getByRole("link", { name: "Federation", exact: true }).click();
  await expect(admin.getByRole("region", { name: "Partners" })).toBeVisible();
  await shot(admin, "federation", true);
  await admin.goto("/account");
  await admin.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(admin.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await shot(admin, "account");

  // The same dashboard in the dark theme (the browser's preference; no account choice).
  const dark = await signedIn(browser, "admin@custodian.test", "dark");
  await openAcme(dark);
  await dark.locator(".recharts-bar-rectangle").first().waitFor();
  await shot(dark, "dashboard-dark");

  // The compliance officer's retention page, after an on-demand enforcement run.
  const compliance = await signedIn(browser, "compliance@custodian.test");
  await openAcme(compliance, "Retention");
  const runs = compliance.getByRole("region", { name: "Enforcement runs" });
  await runs.getByRole("button", { name: "Run now" }).click();
  await expect(runs.getByText("Completed").first()).toBeVisible({ timeout: 60_000 });
  await shot(compliance, "retention", true);

  // The compliance officer's workspace: the log filtered and verified, an export with its manifest, one event.
  await compliance.getByRole("link", { name: "Audit log", exact: true }).click();
  const filters = compliance.getByRole("form", { name: "Filter events" });
  await filters.getByLabel("Action").selectOption("retention.*");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(compliance.getByTestId("audit-count").filter({ hasNotText: "No events" })).toBeVisible();
  await compliance.getByRole("button", { name: "Verify the chain and digests" }).click();
  await expect(compliance.getByText(/The chain is intact/)).toBeVisible();
  await shot(compliance, "audit-explorer", true);
  const explorerUrl = compliance.url();
  await compliance.getByRole("button", { name: "Export these events" }).click();
  await compliance.getByRole("link", { name: "Exports", exact: true }).click();
  await expect(compliance.getByText("Completed").first()).toBeVisible({ timeout: 60_000 });
  await compliance.getByRole("button", { name: "Verify" }).first().click();
  await expect(compliance.getByText(/Verified: /).first()).toBeVisible();
  await shot(compliance, "audit-exports", true);
  await compliance.goto(explorerUrl);
  await compliance.getByRole("cell").getByRole("link").first().click();
  await expect(compliance.getByRole("heading", { name: /^Event \d+ of \d+$/ })).toBeVisible();
  await shot(compliance, "audit-event", true);
  console.log(`screenshots: 15 written to ${path.relative(process.cwd(), out) || "."}`);
});
