// An axe-core scan of every page, signed in as each demo role (and signed out
// for the public pages): any serious or critical WCAG 2.1 A/AA violation fails.
// A page a role may not open (404) is skipped for that role; the test fails if
// a page was scanned by nobody.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser } from "@playwright/test";
import { type DemoRole, storageStatePath } from "../fixtures/demo-accounts";
import { e2eDb, tenantBySlug } from "../fixtures/factories";

const ROLES: DemoRole[] = ["operator", "admin", "compliance", "auditor", "helpdesk"];

/** Every page route under app/, as Next names them. */
function pageRoutes(): string[] {
  const appDir = path.resolve(import.meta.dirname, "../../app");
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === "page.tsx")
        out.push(
          `/${path.relative(appDir, dir)}`
            .replace(/\/\([^)]+\)/g, "")
            .replace(/\\/g, "/")
            .replace(/^$/, "/") || "/",
        );
    }
  };
  walk(appDir);
  return out.map((r) => (r === "" ? "/" : r));
}

async function scan(browser: Browser, role: DemoRole | null, url: string) {
  const context = await browser.newContext(role ? { storageState: storageStatePath(role) } : {});
  const page = await context.newPage();
  try {
    const res = await page.goto(url);
    if (!res || res.status() === 404) return null;
    await page.waitForLoadState("networkidle");
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${role ?? "signed out"} ${url}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join(" | ")})`,
      );
  } finally {
    await context.close();
  }
}

test("every page has no serious or critical accessibility violation, for every role", async ({ browser }) => {
  test.setTimeout(600_000);
  const db = e2eDb();
  const acme = await tenantBySlug("acme-defense");
  const [group, member, partner, event, exported] = await Promise.all([
    db.securityGroup.findFirstOrThrow({ where: { tenantId: acme.id, isDefault: true } }),
    db.member.findFirstOrThrow({ where: { tenantId: acme.id }, orderBy: { email: "asc" } }),
    db.federationPartner.findFirst({ where: { tenantId: acme.id } }),
    db.auditEvent.findFirstOrThrow({ where: { tenantId: acme.id }, orderBy: { seq: "desc" } }),
    db.auditExport.findFirst({ where: { tenantId: acme.id, status: "completed" } }),
  ]);
  const params: Record<string, string | undefined> = {
    tenantId: acme.id,
    groupId: group.id,
    memberId: member.id,
    partnerId: partner?.id,
    seq: String(event.seq),
    exportId: exported?.id,
    token: "not-a-real-invite",
  };
  const routes = pageRoutes();
  const failures: string[] = [];
  const unscanned: string[] = [];
  let scans = 0;
  for (const route of routes) {
    const url = route.replace(/\[(\w+)\]/g, (_m, n: string) => params[n] ?? "missing");
    if (url.includes("missing")) {
      unscanned.push(route);
      continue;
    }
    const isPublic = route === "/sign-in" || route.startsWith("/invite/");
    let scannedBySomeone = false;
    for (const role of isPublic ? [null] : ROLES) {
      const found = await scan(browser, role, url);
      if (found === null) continue;
      scannedBySomeone = true;
      scans++;
      failures.push(...found);
    }
    if (!scannedBySomeone) unscanned.push(route);
  }
  console.log(
    `accessibility: ${scans} scans of ${routes.length - unscanned.length} pages, ${failures.length} serious or critical`,
  );
  expect(failures).toEqual([]);
  expect(unscanned).toEqual([]);
});
