// An axe-core scan of every page, signed in as each demo role (and signed out
// for the public pages): any serious or critical WCAG 2.1 A/AA violation fails.
// A page a role may not open (404) is skipped for that role; the test fails if
// a page was scanned by nobody.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { type DemoRole, storageStatePath } from "../fixtures/demo-accounts";
import { demoParams, fill, isPublicRoute, pageRoutes } from "../fixtures/page-routes";

const ROLES: DemoRole[] = ["operator", "admin", "compliance", "auditor", "helpdesk"];

async function scan(page: Page, who: string, url: string) {
  const res = await page.goto(url);
  if (!res || res.status() === 404) return null;
  // Charts draw once their container is measured; pages that refresh while work runs never go idle.
  await page.waitForLoadState("load");
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${who} ${url}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")})`,
    );
}

test("every page has no serious or critical accessibility violation, for every role", async ({ browser }) => {
  test.setTimeout(480_000);
  const params = await demoParams();
  const routes = pageRoutes();
  const failures: string[] = [];
  const unscanned: string[] = [];
  let scans = 0;
  const scanned = new Set<string>();
  // One browser context per role, every page in turn.
  for (const role of [null, ...ROLES]) {
    const context = await browser.newContext(role ? { storageState: storageStatePath(role) } : {});
    const page = await context.newPage();
    for (const route of routes) {
      if (isPublicRoute(route) !== (role === null)) continue;
      const url = fill(route, params);
      if (!url) continue;
      const found = await scan(page, role ?? "signed out", url);
      if (found === null) continue;
      scanned.add(route);
      scans++;
      failures.push(...found);
    }
    await context.close();
  }
  unscanned.push(...routes.filter((r) => !scanned.has(r)));
  console.log(
    `accessibility: ${scans} scans of ${routes.length - unscanned.length} pages, ${failures.length} serious or critical`,
  );
  expect(failures).toEqual([]);
  expect(unscanned).toEqual([]);
});
