import { expect, test } from "@playwright/test";
import { toast } from "../fixtures/sign-in-page";
import { storageStatePath } from "../fixtures/demo-accounts";
import { e2eDb, uniqueTag } from "../fixtures/factories";

test.use({ storageState: storageStatePath("operator") });

test("the enforcement job purges what outlived its retention, keeps held members, and its receipt appears in the audit log", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const tag = uniqueTag();
  const db = e2eDb();
  const tenant = await db.tenant.create({
    data: {
      slug: `enf-${tag}`,
      name: `Enforcement ${tag}`,
      groups: { create: { name: "Default", isDefault: true, settings: {} } },
    },
    include: { groups: true },
  });
  const groupId = tenant.groups[0]!.id;
  const longAgo = new Date(Date.now() - 60 * 86_400_000);
  const member = (i: number, status: "active" | "deactivated") =>
    db.member.create({
      data: {
        tenantId: tenant.id,
        groupId,
        email: `p${i}@${tag}.example`,
        displayName: `Person ${i}`,
        status,
        deactivatedAt: status === "deactivated" ? longAgo : null,
      },
    });
  const gone = [await member(1, "deactivated"), await member(2, "deactivated"), await member(3, "deactivated")];
  const held = await member(4, "deactivated");
  const active = await member(5, "active");
  await db.device.createMany({
    data: [200, 300].map((days) => ({
      tenantId: tenant.id,
      memberId: active.id,
      platform: "windows" as const,
      appVersion: "6.2",
      lastSeenAt: new Date(Date.now() - days * 86_400_000),
    })),
  });
  await db.legalHold.create({
    data: {
      tenantId: tenant.id,
      name: `Matter ${tag}`,
      matter: "CASE-7",
      members: { create: { memberId: held.id } },
    },
  });

  await page.goto(`/tenants/${tenant.id}/retention`);
  const form = page.getByRole("form", { name: "Console metadata retention" });
  await form.getByLabel("Audit events (days)").fill("0");
  await form.getByRole("button", { name: "Save metadata retention" }).click();
  await expect(form.getByText("at least 1 day")).toBeVisible();
  await form.getByLabel("Audit events (days)").fill("");
  await form.getByLabel("Deactivated members (days)").fill("30");
  await form.getByLabel("Devices not seen for (days)").fill("90");
  await form.getByRole("button", { name: "Save metadata retention" }).click();
  // The preview says what the next run would delete, before anything is saved.
  await expect(form.getByRole("alert")).toContainText(
    "The next enforcement run would delete 3 members, 2 device records and 0 audit events. 1 held member is kept.",
  );
  expect(await db.retentionPolicy.count({ where: { tenantId: tenant.id } })).toBe(0);
  await form.getByLabel("I understand that these records will be deleted").check();
  await form.getByRole("button", { name: "Save metadata retention" }).click();
  await expect(toast(page, "Saved.")).toBeVisible();

  const runs = page.getByRole("region", { name: "Enforcement runs" });
  await runs.getByRole("button", { name: "Run now" }).click();
  // The background worker (pg-boss) picks the run up; the table follows it to the end.
  await expect(runs.getByText("Completed")).toBeVisible({ timeout: 30_000 });
  await expect(runs).toContainText("3 members · 2 devices · 0 audit events · 1 held kept");
  await expect(runs.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");

  expect(await db.member.count({ where: { id: { in: gone.map((m) => m.id) } } })).toBe(0);
  expect(await db.member.count({ where: { id: held.id } })).toBe(1);
  expect(await db.device.count({ where: { tenantId: tenant.id } })).toBe(0);

  await runs.getByRole("link", { name: /Audit event #\d+/ }).click();
  // The receipt's own page in the audit explorer.
  await expect(page).toHaveURL(/\/audit\/\d+$/);
  await expect(page.getByRole("heading", { name: /^Event \d+ of \d+$/ })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "retention.run_receipt" })).toBeVisible();
  const raw = page.getByTestId("raw-changes");
  await raw.getByText("The event as recorded (JSON)").click();
  await expect(raw).toContainText(`"name": "Matter ${tag}"`);
  await expect(raw).toContainText('"count": 3');
  await expect(raw).toContainText('"policyVersion": 1');
  // The diff shows nested values as text, each at its own path: the held hold, the cutoffs.
  const diff = page.getByRole("region", { name: "Before and after" });
  await expect(diff.getByRole("row", { name: /^holdsHonoured\.0\.name/ })).toContainText(`Matter ${tag}`);
  await expect(diff.getByRole("row", { name: /^holdsHonoured\.0\.matter/ })).toContainText("CASE-7");
  await expect(diff.getByRole("row", { name: /^members\.count/ })).toContainText("3");
  await expect(diff).not.toContainText("[object Object]");
});
