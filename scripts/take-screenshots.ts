// npm run screenshots — captures the README's screenshots from a running console
// (default http://localhost:3000, demo data).
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";

const base = process.env.SCREENSHOT_BASE_URL ?? "http://localhost:3000";
const password = process.env.CUSTODIAN_DEMO_PASSWORD || "custodian-demo";
const out = path.resolve(import.meta.dirname, "../e2e/screenshots");
const browser = await chromium.launch({
  executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
});

async function signedIn(email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { name: "Overview" }).waitFor();
  return page;
}

const anon = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
await anon.goto(`${base}/sign-in`);
await anon.screenshot({ path: path.join(out, "sign-in.png") });

const operator = await signedIn("operator@custodian.test");
await operator.screenshot({ path: path.join(out, "overview.png") });
await operator.goto(`${base}/tenants`);
await operator.getByRole("cell", { name: "Acme Defense Systems", exact: true }).waitFor();
await operator.screenshot({ path: path.join(out, "networks.png") });

const admin = await signedIn("admin@custodian.test");
await admin
  .getByRole("link", { name: /Acme Defense Systems/ })
  .first()
  .click();
// The network's dashboard: charts drawn once their containers are measured.
await admin.getByRole("heading", { name: "Members by status" }).waitFor();
await admin.locator(".recharts-bar-rectangle").first().waitFor();
await admin.screenshot({ path: path.join(out, "dashboard.png"), fullPage: true });
await admin.getByRole("link", { name: "Console users", exact: true }).click();
await admin.getByRole("form", { name: "helpdesk@custodian.test" }).waitFor();
await admin.screenshot({ path: path.join(out, "console-users.png") });
await admin.getByRole("link", { name: "Audit log", exact: true }).click();
await admin.getByRole("columnheader", { name: "Seq" }).waitFor();
await admin.screenshot({ path: path.join(out, "audit-log.png") });
await admin.goto(admin.url().replace(/\/audit$/, "/groups"));
await admin.getByRole("link", { name: "Default", exact: true }).click();
await admin.getByRole("tab", { name: "Messaging" }).click();
await admin.getByLabel("Message expiration maximum").waitFor();
await admin.screenshot({ path: path.join(out, "group-editor.png") });
await admin.goto(admin.url().replace(/\/groups\/[^/]+$/, "/members"));
await admin.getByRole("columnheader", { name: /Name/ }).waitFor();
await admin.screenshot({ path: path.join(out, "members.png") });
await admin.goto(`${base}/account`);
await admin.getByRole("button", { name: "Set up an authenticator app" }).click();
await admin.getByRole("img", { name: "QR code for your authenticator app" }).waitFor();
await admin.screenshot({ path: path.join(out, "account.png") });

// The admin's federation overview: mode, the pending request, partners with both sides' status.
await admin.goto(`${base}/tenants`);
await admin
  .getByRole("link", { name: /Acme Defense Systems/ })
  .first()
  .click();
await admin.getByRole("link", { name: "Federation", exact: true }).click();
await admin.getByRole("region", { name: "Partners" }).waitFor();
await admin.screenshot({ path: path.join(out, "federation.png"), fullPage: true });

// The compliance officer's retention page, after an on-demand enforcement run.
const compliance = await signedIn("compliance@custodian.test");
await compliance
  .getByRole("link", { name: /Acme Defense Systems/ })
  .first()
  .click();
await compliance.getByRole("link", { name: "Retention", exact: true }).click();
const runs = compliance.getByRole("region", { name: "Enforcement runs" });
await runs.getByRole("button", { name: "Run now" }).click();
await runs.getByText("Completed").first().waitFor({ timeout: 60_000 });
await compliance.screenshot({ path: path.join(out, "retention.png"), fullPage: true });

// The compliance officer's workspace: the log filtered and verified, an export with its manifest, one event.
await compliance.getByRole("link", { name: "Audit log", exact: true }).click();
const filters = compliance.getByRole("form", { name: "Filter events" });
await filters.getByLabel("Action").selectOption("retention.*");
await filters.getByRole("button", { name: "Apply" }).click();
await compliance.getByTestId("audit-count").filter({ hasNotText: "No events" }).waitFor();
await compliance.getByRole("button", { name: "Verify the chain and digests" }).click();
await compliance.getByText(/The chain is intact/).waitFor();
await compliance.screenshot({ path: path.join(out, "audit-explorer.png"), fullPage: true });
const explorerUrl = compliance.url();
await compliance.getByRole("button", { name: "Export these events" }).click();
await compliance.getByRole("link", { name: "Exports", exact: true }).click();
await compliance.getByText("Completed").first().waitFor({ timeout: 60_000 });
await compliance.getByRole("button", { name: "Verify" }).first().click();
await compliance.getByText(/Verified: /).waitFor();
await compliance.screenshot({ path: path.join(out, "audit-exports.png"), fullPage: true });
await compliance.goto(explorerUrl);
await compliance.getByRole("cell").getByRole("link").first().click();
await compliance.getByRole("heading", { name: /^Event \d+ of \d+$/ }).waitFor();
await compliance.screenshot({ path: path.join(out, "audit-event.png"), fullPage: true });

await browser.close();
console.log(`screenshots written to ${path.relative(process.cwd(), out)}/`);
