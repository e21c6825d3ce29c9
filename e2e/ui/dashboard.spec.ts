import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "../fixtures/demo-accounts";
import { tenantBySlug } from "../fixtures/factories";

// Globex Finance: a demo network no other test changes, so its figures hold still.
test.use({ storageState: storageStatePath("globexAdmin") });

/** The number a list says it holds: the directory's and the devices' totals, the audit log's count, the partners' rows. */
async function listTotal(page: Page, path: string): Promise<number> {
  const numberIn = (text: string) => (/^No /.test(text) ? 0 : Number(text.replace(/[^\d]/g, "")));
  // The list streams in behind its skeleton; until it is swapped in, its rows also stand hidden in the page.
  await expect(page.getByTestId("page-skeleton")).toHaveCount(0);
  if (path.endsWith("/members")) {
    const text = await page
      .getByText(/(members? match|No members match)/)
      .first()
      .textContent();
    return numberIn(text!);
  }
  if (path.endsWith("/devices")) {
    const text = await page.getByText(/^(\d[\d,]* rows?|No rows)$/).textContent();
    return numberIn(text!);
  }
  if (path.endsWith("/audit")) {
    const text = await page
      .getByText(/^(\d[\d,]* events?|No events)$/)
      .first()
      .textContent();
    return numberIn(text!);
  }
  if (path.endsWith("/federation")) {
    const rows = page.getByRole("region", { name: "Partners" }).locator("tbody tr");
    return (await rows.count()) - (await page.getByText("No partners").count());
  }
  throw new Error(`no total known for ${path}`);
}

test("every figure on the demo network's dashboard matches the list it links to", async ({ page }) => {
  // Some 45 pages, each a full server render of a list: on a loaded 2-core CI machine that is minutes, not seconds.
  test.setTimeout(360_000);
  const globex = await tenantBySlug("globex-finance");
  // Each linked figure is named "<what>: <number>": on the network's dashboard, and in its row of the overview.
  const linkedFigures = () =>
    page
      .getByRole("main")
      .getByRole("link", { name: /: [\d,]+$/ })
      .evaluateAll((links) =>
        links.map((a) => ({
          label: a.getAttribute("aria-label")!,
          href: a.getAttribute("href")!,
          value: Number(a.textContent!.replace(/[^\d]/g, "")),
        })),
      );
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Networks at a glance" })).toBeVisible();
  const overview = (await linkedFigures()).filter((f) => f.label.startsWith("Globex Finance, "));
  expect(overview.length).toBe(5);
  await page.goto(`/tenants/${globex.id}`);
  await expect(page.getByRole("heading", { name: "Members by status" })).toBeVisible();
  const figures = [...(await linkedFigures()), ...overview];
  // Active members split by platform, client version and group, for today, this week and this month.
  for (const active of ["day", "week", "month"])
    for (const by of ["platform", "version", "group"]) {
      await page.goto(`/tenants/${globex.id}?active=${active}&by=${by}`);
      await expect(page.getByRole("link", { name: by[0]!.toUpperCase() + by.slice(1), exact: true })).toHaveAttribute(
        "aria-current",
        "true",
      );
      const split = (await linkedFigures()).filter((f) => f.label.startsWith("Active members by "));
      figures.push(...split.filter((f) => !figures.some((g) => g.href === f.href)));
    }
  const byLabel = (re: RegExp) => figures.filter((f) => re.test(f.label));
  // The statuses add up to the members card.
  const total = byLabel(/^Members: /)[0]!.value;
  expect(total).toBeGreaterThan(0);
  expect(byLabel(/^Globex Finance, Members: /)[0]!.value).toBe(total);
  expect(byLabel(/^Members by status, /).reduce((s, f) => s + f.value, 0)).toBe(total);
  expect(byLabel(/^Devices by platform, /).length).toBeGreaterThan(0);
  // This month's active members, split each way, add up to at least the month's count (a member may use two platforms).
  const month = byLabel(/^Active this month: /)[0]!.value;
  for (const by of ["platform", "client version", "group"]) {
    const monthly = byLabel(new RegExp(`^Active members by ${by}, `)).filter((f) =>
      new URL(f.href, "http://console").search.includes(`=${new Date().toISOString().slice(0, 8)}01`),
    );
    expect(monthly.length, by).toBeGreaterThan(0);
    expect(
      monthly.reduce((s, f) => s + f.value, 0),
      by,
    ).toBeGreaterThanOrEqual(month);
  }
  expect(
    byLabel(/^Active members by group, /)
      .filter((f) => f.href.includes(`seenAfter=${new Date().toISOString().slice(0, 8)}01`))
      .reduce((s, f) => s + f.value, 0),
  ).toBe(month);

  const lists = ["/members", "/devices", "/audit", "/federation"];
  const checked: string[] = [];
  for (const f of figures) {
    const path = new URL(f.href, "http://console").pathname;
    if (!lists.some((l) => path.endsWith(l))) continue;
    await page.goto(f.href);
    expect(await listTotal(page, path), `${f.label} → ${f.href}`).toBe(f.value);
    checked.push(f.label);
  }
  // Members, active today/week/month, denied, each status, registrations, platforms, versions, partners, groups,
  // and the active members split three ways for three periods.
  expect(checked.length).toBeGreaterThan(40);
  console.log(`dashboard: ${checked.length} figures match their lists`);
});
