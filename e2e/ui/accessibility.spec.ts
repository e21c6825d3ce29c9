// An axe-core scan of every page, signed in as each demo role (and signed out
// for the public pages): any serious or critical WCAG 2.1 A/AA violation fails.
// A page a role may not open (404) is skipped for that role; the operator's
// test fails if any page of the console went unscanned.
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

// One test per role, so the roles are scanned in parallel, each in one browser context.
test.describe.configure({ mode: "parallel" });

// Every role in the light theme; in the dark theme (the system's choice), the operator, who opens every page, and
// the public pages.
const PASSES: { role: DemoRole | null; colorScheme: "light" | "dark" }[] = [
  ...[null, ...ROLES].map((role) => ({ role, colorScheme: "light" as const })),
  { role: "operator", colorScheme: "dark" },
  { role: null, colorScheme: "dark" },
];

for (const { role, colorScheme } of PASSES) {
  const who = `${role ?? "signed out"}${colorScheme === "dark" ? " (dark)" : ""}`;
  test(`every page ${who} can open has no serious or critical accessibility violation`, async ({ browser }) => {
    test.setTimeout(300_000);
    const params = await demoParams();
    const routes = pageRoutes().filter((r) => isPublicRoute(r) === (role === null));
    const failures: string[] = [];
    const scanned: string[] = [];
    const context = await browser.newContext({
      colorScheme,
      ...(role ? { storageState: storageStatePath(role) } : {}),
    });
    const page = await context.newPage();
    for (const route of routes) {
      const url = fill(route, params);
      if (!url) continue;
      const found = await scan(page, who, url);
      if (found === null) continue;
      scanned.push(route);
      failures.push(...found);
    }
    await context.close();
    console.log(`accessibility (${who}): ${scanned.length} pages scanned, ${failures.length} serious or critical`);
    expect(failures).toEqual([]);
    // The operator may open every page of the console, and anyone the public ones: none goes unscanned.
    if (role === "operator" || role === null) expect(routes.filter((r) => !scanned.includes(r))).toEqual([]);
    else expect(scanned.length).toBeGreaterThan(5);
  });
}
