import { createPublicKey } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { appendAuditEvents } from "@/lib/audit-chain/append-audit-event";
import { verifyAuditExport } from "@/lib/audit/export/verify-audit-export";
import { dismissConfirmation, openConfirmation } from "../fixtures/confirm-dialog";
import { createToken, createUser, e2eDb, uniqueTag } from "../fixtures/factories";
import { signInAs } from "../fixtures/sign-in-page";

/** A network of its own with a known log: 30 suspensions by alice (5 denied), 20 group edits by bob. */
async function networkWithLog() {
  const tag = uniqueTag();
  const db = e2eDb();
  const tenant = await db.tenant.create({ data: { slug: `audit-${tag}`, name: `Audit ${tag}` } });
  const group = await db.securityGroup.create({
    data: { tenantId: tenant.id, name: `Field team ${tag}`, isDefault: true, settings: {} },
  });
  await db.$transaction((tx) =>
    appendAuditEvents(tx, tenant.id, [
      ...Array.from({ length: 30 }, (_, i) => ({
        action: "member.suspend" as const,
        outcome: i % 6 === 0 ? ("denied" as const) : ("success" as const),
        actor: { type: "console_user" as const, id: `alice-${tag}`, label: `alice-${tag}@example.test` },
        target: { type: "member", id: `m-${i}` },
        request: { ip: "198.51.100.7", userAgent: 'Mozilla/5.0 "quoted", with commas' },
        changes: { before: { status: "active" }, after: { status: "suspended", reason: `case ${i}` } },
      })),
      ...Array.from({ length: 20 }, (_, i) => ({
        action: "group.update" as const,
        outcome: "success" as const,
        actor: { type: "console_user" as const, id: `bob-${tag}`, label: `bob-${tag}@example.test` },
        target: { type: "group", id: group.id },
        changes: { before: { name: `v${i}` }, after: { name: `v${i + 1}` } },
      })),
    ]),
  );
  return { tenant, tag, group };
}

async function jwks(page: Page) {
  const res = await page.request.get("/.well-known/jwks.json");
  expect(res.status()).toBe(200);
  const { keys } = (await res.json()) as { keys: (Record<string, unknown> & { kid: string })[] };
  return new Map(keys.map((k) => [k.kid, createPublicKey({ key: k, format: "jwk" })]));
}

test("a compliance officer filters the log, exports it as CSV and JSON Lines, and both verify against their signed manifests", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { tenant, tag } = await networkWithLog();
  const officer = await createUser("compliance_officer", tenant.slug);
  const page = await (await browser.newContext({ timezoneId: "Europe/Berlin", acceptDownloads: true })).newPage();
  await signInAs(page, officer);
  await page.goto(`/tenants/${tenant.id}/audit`);
  // The reader's own zone is chosen on arrival.
  // Set once the page has hydrated, which a loaded two-core CI machine may take longer than 5 s to do.
  await expect(page).toHaveURL(/tz=Europe%2FBerlin/, { timeout: 20_000 });
  const filters = page.getByRole("form", { name: "Filter events" });
  await filters.getByLabel("Action").selectOption("member.*");
  await filters.getByLabel("Actor").fill(`alice-${tag}`);
  await filters.getByLabel("Outcome").selectOption("success");
  // A range in Berlin time that holds everything: from yesterday to tomorrow.
  // The calendar date in Berlin, not UTC: between 23:00 and 24:00 UTC they differ, and "tomorrow at
  // midnight" taken from the UTC date would already be past in Berlin.
  const day = (offset: number) =>
    new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date(Date.now() + offset * 86_400_000));
  await filters.getByLabel("From", { exact: true }).fill(`${day(-1)}T00:00`);
  await filters.getByLabel("To", { exact: true }).fill(`${day(1)}T00:00`);
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("audit-count")).toHaveText("25 events");
  // Stored as UTC instants: midnight in Berlin is 23:00 (or 22:00) UTC the day before.
  expect(new URL(page.url()).searchParams.get("from")).toMatch(/T2[23]:00:00\.000Z$/);
  await expect(page.getByRole("cell", { name: `alice-${tag}@example.test` }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: `bob-${tag}@example.test` })).toHaveCount(0);

  for (const format of ["csv", "jsonl"] as const) {
    await page.getByLabel("Export as").selectOption(format);
    await page.getByRole("button", { name: "Export these events" }).click();
    await expect(page.getByText("Export queued.")).toBeVisible();
  }
  await page.getByRole("link", { name: "Exports", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Exports", exact: true })).toBeVisible();
  const rows = page.locator('tr[data-testid^="export-"]');
  await expect(rows).toHaveCount(2);
  await expect(rows.getByText("Completed")).toHaveCount(2, { timeout: 30_000 });

  const keys = await jwks(page);
  const dir = await mkdtemp(path.join(tmpdir(), "e2e-export-"));
  for (const ext of ["csv", "jsonl"]) {
    const row = rows.filter({ has: page.getByRole("link", { name: new RegExp(`\\.${ext}$`) }) });
    await expect(row.getByText("25 of 25 rows")).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      row.getByRole("link", { name: new RegExp(`\\.${ext}$`) }).click(),
    ]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const manifestRes = await page.request.get(
      (await row.getByRole("link", { name: "Signed manifest" }).getAttribute("href"))!,
    );
    expect(manifestRes.status()).toBe(200);
    await writeFile(`${file}.manifest.json`, await manifestRes.body());
    const manifest = (await manifestRes.json()) as { document: Record<string, unknown> };
    expect(manifest.document).toMatchObject({
      rows: 25,
      tenantId: tenant.id,
      filter: { action: "member.*", actor: `alice-${tag}`, outcome: "success" },
    });
    expect(await verifyAuditExport(file, `${file}.manifest.json`, keys)).toMatchObject({ ok: true, rows: 25 });
    // The console checks the same file the same way.
    await row.getByRole("button", { name: "Verify" }).click();
    await expect(row.getByText("Verified: 25 rows match the signed manifest.")).toBeVisible();
  }
  // Every download is on the record.
  expect(
    await e2eDb().auditEvent.count({ where: { tenantId: tenant.id, action: "audit.export_download" } }),
  ).toBeGreaterThanOrEqual(2);
});

test("a row changed with SQL is reported by its seq in the console, and the event page shows where", async ({
  browser,
}) => {
  const { tenant } = await networkWithLog();
  const officer = await createUser("compliance_officer", tenant.slug);
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, officer);
  await page.goto(`/tenants/${tenant.id}/audit`);
  await page.getByRole("button", { name: "Verify the chain and digests" }).click();
  await expect(page.getByText(/The chain is intact: \d+ events/)).toBeVisible();

  await e2eDb()
    .$executeRaw`UPDATE "AuditEvent" SET "actorLabel" = 'mallory@example.test' WHERE "tenantId" = ${tenant.id} AND seq = 7`;
  await page.getByRole("button", { name: "Verify the chain and digests" }).click();
  await expect(page.getByText(/The chain is broken at seq 7: hash does not match/)).toBeVisible();

  await page.goto(`/tenants/${tenant.id}/audit/7`);
  await expect(page.getByRole("heading", { name: /^Event 7 of \d+$/ })).toBeVisible();
  await expect(page.getByTestId("hash-valid")).toHaveText("No — tampered");
  await page.getByRole("link", { name: "Seq 8 →" }).click();
  await expect(page.getByTestId("hash-valid")).toHaveText("Yes");
  // Before and after, field by field.
  const changes = page.getByRole("region", { name: "Before and after" });
  await expect(changes.getByRole("cell", { name: "status" })).toBeVisible();
  await expect(changes.getByRole("cell", { name: "suspended" })).toBeVisible();
});

test("a SIEM pulls the whole log through its token in seq order, each event once", async ({ request }) => {
  const { tenant } = await networkWithLog();
  const { token } = await createToken(tenant.slug, ["audit.read"]);
  const headers = { authorization: `Bearer ${token}` };
  const seqs: number[] = [];
  let cursor = "";
  for (let i = 0; i < 20; i++) {
    const res = await request.get(`/api/v1/audit/events?limit=15${cursor ? `&cursor=${cursor}` : ""}`, { headers });
    expect(res.status()).toBe(200);
    const page = (await res.json()) as {
      events: { seq: string; hash: string }[];
      nextCursor: string;
      hasMore: boolean;
    };
    seqs.push(...page.events.map((e) => Number(e.seq)));
    cursor = page.nextCursor;
    if (!page.hasMore) break;
  }
  expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  expect(seqs.length).toBeGreaterThanOrEqual(50);
  const tooMany = await request.get("/api/v1/audit/events?limit=5000", { headers });
  expect(tooMany.status()).toBe(422);
  expect(tooMany.headers()["content-type"]).toContain("application/problem+json");
  expect(JSON.stringify(await tooMany.json())).toContain('"field":"limit"');
});

test("deleting a scheduled export asks, naming the schedule and its directory; cancelling keeps it", async ({
  page,
}) => {
  const tag = uniqueTag();
  const tenant = await e2eDb().tenant.create({ data: { slug: `sched-${tag}`, name: `Schedules ${tag}` } });
  const where = { tenantId: tenant.id, name: `Nightly ${tag}` };
  await e2eDb().auditExportSchedule.create({
    data: {
      ...where,
      format: "jsonl",
      filter: {},
      cadence: "daily",
      target: `siem-${tag}`,
      keepDays: 14,
      nextRunAt: new Date(Date.now() + 86_400_000),
    },
  });
  await signInAs(page, await createUser("compliance_officer", tenant.slug));
  await page.goto(`/tenants/${tenant.id}/audit/exports`);
  const remove = page.getByRole("button", { name: `Delete Nightly ${tag}` });
  const asked = await openConfirmation(page, remove, `Delete the schedule “Nightly ${tag}”?`);
  await expect(asked).toContainText(`No more exports are written to siem-${tag}.`);
  await expect(asked).toContainText("they are no longer pruned after 14 days");
  await dismissConfirmation(page, asked, remove, "Escape");
  expect(await e2eDb().auditExportSchedule.count({ where })).toBe(1);
  await remove.click();
  await asked.getByRole("button", { name: "Delete schedule" }).click();
  await expect(page.getByRole("cell", { name: `Nightly ${tag}`, exact: true })).toHaveCount(0);
  expect(await e2eDb().auditExportSchedule.count({ where })).toBe(0);
});
