import { expect, test } from "@playwright/test";
import { storageStatePath } from "../fixtures/demo-accounts";
import { e2eDb, uniqueTag } from "../fixtures/factories";

test.use({ storageState: storageStatePath("operator") });

test("import a CSV with errors, read the dry run, fix the file, apply it — then export", async ({ page }) => {
  const tag = uniqueTag();
  const tenant = await e2eDb().tenant.create({
    data: {
      slug: `imp-${tag}`,
      name: `Import ${tag}`,
      groups: {
        create: [
          { name: "Default", isDefault: true, settings: {} },
          { name: "Staff", settings: {} },
        ],
      },
    },
  });
  const good = (i: number) => `person${i}@${tag}.example,Person,${i},Staff`;
  const broken = [
    "email,first name,last name,group",
    good(1),
    "not-an-email,Bad,Row,Staff",
    good(2),
    `person3@${tag}.example,Person,3,Sales`,
    good(1),
  ].join("\n");

  await page.goto(`/tenants/${tenant.id}/members`);
  await page.getByRole("link", { name: "Import CSV" }).click();
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Check the file" }).click();
  const report = page.getByRole("region", { name: "Check of people.csv" });
  await expect(report.getByText("2 new members")).toBeVisible();
  await expect(report.getByText("3 problems")).toBeVisible();
  await expect(report.getByRole("row", { name: /^3 / })).toContainText("“not-an-email” is not an email address");
  await expect(report.getByRole("row", { name: /^5 / })).toContainText("no group is called “Sales”");
  await expect(report.getByRole("row", { name: /^6 / })).toContainText("the same email is on line 2");
  await expect(report.getByRole("button", { name: "Apply" })).toHaveCount(0);
  expect(await e2eDb().member.count({ where: { tenantId: tenant.id } })).toBe(0);

  const fixed = ["email,first name,last name,group", good(1), good(2), `person3@${tag}.example,Person,3,Staff`].join(
    "\n",
  );
  await page.getByRole("link", { name: "Import another file" }).click();
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "people-fixed.csv", mimeType: "text/csv", buffer: Buffer.from(fixed) });
  await page.getByRole("button", { name: "Check the file" }).click();
  const ok = page.getByRole("region", { name: "Check of people-fixed.csv" });
  await expect(ok.getByText("3 new members")).toBeVisible();
  await expect(ok.getByText("No problems")).toBeVisible();
  await ok.getByRole("button", { name: "Apply" }).click();
  await expect(ok.getByText("Done: 3 created, 0 updated, 0 unchanged.")).toBeVisible({ timeout: 15_000 });
  expect(await e2eDb().member.count({ where: { tenantId: tenant.id, status: "pending" } })).toBe(3);

  // The directory exports what it shows.
  await page.goto(`/tenants/${tenant.id}/members`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await (await download).path();
  const text = (await import("node:fs")).readFileSync(file, "utf8");
  expect(text.split("\n")[0]).toBe("email,first name,last name,display name,status,group,external id,last seen");
  expect(text).toContain(`person3@${tag}.example,Person,3,Person 3,pending,Staff`);
});
