// One pass over every page in German (the browser asks for de-DE): no phrase of
// the English catalogue may be left on the page, and no page may grow wider
// than the window (long German words breaking a layout).
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type DemoRole, storageStatePath } from "../fixtures/demo-accounts";
import { demoParams, fill, isPublicRoute, pageRoutes } from "../fixtures/page-routes";

const catalogue = (locale: string): unknown =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../lib/i18n/messages/${locale}.json`), "utf8"));
const [en, de] = [catalogue("en"), catalogue("de")];

function flatten(node: unknown, key = "", out = new Map<string, string>()): Map<string, string> {
  if (typeof node === "string") out.set(key, node);
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) flatten(v, key ? `${key}.${k}` : k, out);
  return out;
}

/**
 * The English phrases to look for: the literal runs of each message (between
 * its arguments) of at least two words and ten characters, where German says
 * something else.
 */
function englishPhrases(): string[] {
  const german = flatten(de);
  const phrases = new Set<string>();
  for (const [key, text] of flatten(en)) {
    if (german.get(key) === text) continue;
    for (const run of text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<[^>]*>/))
      if (run.trim().length >= 10 && /\w+\s+\w+/.test(run)) phrases.add(run.trim());
  }
  return [...phrases];
}

async function visit(page: Page, who: string, url: string, phrases: string[]) {
  const res = await page.goto(url);
  if (!res || res.status() === 404) return null;
  await page.waitForLoadState("load");
  const problems: string[] = [];
  const lang = await page.locator("html").getAttribute("lang");
  if (lang !== "de") problems.push(`${who} ${url}: lang is ${lang}`);
  const text = await page.locator("body").innerText();
  for (const p of phrases) if (text.includes(p)) problems.push(`${who} ${url}: English left: “${p}”`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`${who} ${url}: ${overflow}px wider than the window`);
  return problems;
}

test("every page renders in German, with no English left and nothing wider than the window", async ({ browser }) => {
  test.setTimeout(300_000);
  const phrases = englishPhrases();
  expect(phrases.length).toBeGreaterThan(300);
  const params = await demoParams();
  const problems: string[] = [];
  const unvisited: string[] = [];
  const routes = pageRoutes();
  let visits = 0;
  const visited = new Set<string>();
  // The operator sees the platform pages, the admin every page of a network; each in one context.
  for (const role of [null, "admin", "operator"] as (DemoRole | null)[]) {
    const context = await browser.newContext({
      locale: "de-DE",
      viewport: { width: 1280, height: 800 },
      ...(role ? { storageState: storageStatePath(role) } : {}),
    });
    const page = await context.newPage();
    for (const route of routes) {
      if (isPublicRoute(route) !== (role === null)) continue;
      const url = fill(route, params);
      if (!url) continue;
      const found = await visit(page, role ?? "signed out", url, phrases);
      if (found === null) continue;
      visited.add(route);
      visits++;
      problems.push(...found);
    }
    await context.close();
  }
  unvisited.push(...routes.filter((r) => !visited.has(r)));
  console.log(
    `german: ${visits} page visits, ${phrases.length} English phrases looked for, ${problems.length} problems`,
  );
  expect(problems).toEqual([]);
  expect(unvisited).toEqual([]);
});
