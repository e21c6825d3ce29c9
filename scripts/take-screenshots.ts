// npm run screenshots — captures the README's screenshots from a running console
// (default http://localhost:3000, signed in as the demo operator).
import path from "node:path";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.env.SCREENSHOT_BASE_URL ?? "http://localhost:3000";
const out = path.resolve(import.meta.dirname, "../e2e/screenshots");
const browser = await chromium.launch({
  executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
});
const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
await page.goto(`${base}/sign-in`);
await page.screenshot({ path: path.join(out, "sign-in.png") });
await page.getByLabel("Email").fill("operator@custodian.test");
await page.getByLabel("Password").fill(process.env.CUSTODIAN_DEMO_PASSWORD || "custodian-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.getByRole("heading", { name: "Overview" }).waitFor();
await page.screenshot({ path: path.join(out, "overview.png") });
await page.goto(`${base}/tenants`);
await page.getByRole("cell", { name: "Acme Defense Systems" }).waitFor();
await page.screenshot({ path: path.join(out, "networks.png") });
await browser.close();
console.log(`screenshots written to ${path.relative(process.cwd(), out)}/`);
