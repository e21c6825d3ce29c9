import { expect, test } from "@playwright/test";
import { storageStatePath } from "../fixtures/demo-accounts";
import { createToken, e2eDb, uniqueTag } from "../fixtures/factories";

// Files as spreadsheets and people really produce them: large, with a stray quote, extra columns, blank rows;
// or not CSV at all.
test.use({ storageState: storageStatePath("operator") });

async function importTenant() {
  const tag = uniqueTag();
  const tenant = await e2eDb().tenant.create({
    data: {
      slug: `impf-${tag}`,
      name: `Import files ${tag}`,
      groups: {
        create: [
          { name: "Default", isDefault: true, settings: {} },
          { name: "Staff", settings: {} },
        ],
      },
    },
  });
  return { tag, tenant };
}

/** `rows` valid rows, with names `pad` characters long, as real directories have them. */
function largeCsv(tag: string, rows: number, pad: number) {
  const long = "x".repeat(pad);
  return [
    "email,first name,last name,group,external id",
    ...Array.from({ length: rows }, (_, i) => `big${i}@${tag}.example,First${long},Last${long},Staff,ext-${i}-${long}`),
  ].join("\n");
}

test("a 30 MB file is checked whole through the console, with each broken row named and the rest judged", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { tag, tenant } = await importTenant();
  // 99,000 rows (with the two below, inside the 100,000 a file may hold), a blank row, a stray quote, and a row
  // with cells past the header.
  const csv = [
    largeCsv(tag, 99_000, 92),
    "",
    `stray@${tag}.example,"Una,Closed,Staff,`,
    `extra@${tag}.example,Extra,Cells,Staff,e-x,surplus,more`,
  ].join("\n");
  const bytes = Buffer.byteLength(csv);
  expect(bytes).toBeGreaterThan(30_000_000);
  await page.goto(`/tenants/${tenant.id}/members/import`);
  await page.getByLabel("CSV file").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file" }).click();
  const report = page.getByRole("region", { name: "Check of big.csv" });
  await expect(report.getByText("99,001 new members")).toBeVisible({ timeout: 180_000 });
  await expect(report.getByText("1 problem", { exact: true })).toBeVisible();
  // Line 99,003: the header, 99,000 rows, the blank row, then the stray quote.
  await expect(report.getByRole("row", { name: /^99003 / })).toContainText("a quote that opens a cell must close it");
  await expect(report.getByText("1 warning", { exact: true })).toBeVisible();
  await expect(report.getByRole("row", { name: /^99004 / })).toContainText("2 cell(s) past the header's 5 columns");
});

test("a file that is not CSV text gets one clear message on the field, not an error page", async ({ page }) => {
  test.setTimeout(120_000);
  const { tenant } = await importTenant();
  await page.goto(`/tenants/${tenant.id}/members/import`);
  // 10 MiB of binary, as a wrong file picked from the disk would be.
  const binary = Buffer.alloc(10 * 1024 * 1024);
  for (let i = 0; i < binary.length; i += 4096) binary[i] = (i / 4096) % 256;
  await page.getByLabel("CSV file").setInputFiles({ name: "photo.csv", mimeType: "text/csv", buffer: binary });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("The file holds binary data, not CSV text", { exact: false })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByLabel("CSV file")).toHaveAttribute("aria-invalid", "true");
  // A workbook saved as .xlsx is named as one.
  await page.getByLabel("CSV file").setInputFiles({
    name: "people.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(2048, 1)]),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("The file is a spreadsheet workbook (.xlsx), not CSV")).toBeVisible();
  // Over the documented limit: refused before it is sent, naming the limit.
  await page.getByLabel("CSV file").setInputFiles({
    name: "huge.csv",
    mimeType: "text/csv",
    buffer: Buffer.alloc(40 * 1024 * 1024 + 1, 0x61),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.locator("#import-file-error")).toHaveText("the file is larger than 40 MB");
});

test("the API takes a 30 MB file as text/csv or as JSON, and refuses a larger one with 413 naming the body", async ({
  request,
}) => {
  test.setTimeout(240_000);
  const { tag, tenant } = await importTenant();
  const { token } = await createToken(tenant.slug, ["members.read", "members.update"]);
  const headers = { authorization: `Bearer ${token}` };
  const path = `/api/v1/tenants/${tenant.id}/member-imports`;
  const csv = largeCsv(tag, 100_000, 95);
  expect(Buffer.byteLength(csv)).toBeGreaterThan(30_000_000);

  const raw = await request.post(`${path}?fileName=raw.csv`, {
    headers: { ...headers, "content-type": "text/csv; charset=utf-8" },
    data: Buffer.from(csv),
    timeout: 180_000,
  });
  expect(raw.status(), await raw.text()).toBe(200);
  expect(await raw.json()).toMatchObject({ creates: 100_000, errors: 0 });

  // 13.6 MB as JSON: past the 10 MB that used to be cut in front of the app.
  const json = await request.post(path, {
    headers: { ...headers, "content-type": "application/json" },
    data: JSON.stringify({ fileName: "json.csv", csv: largeCsv(tag, 45_000, 95) }),
    timeout: 180_000,
  });
  expect(json.status(), await json.text()).toBe(200);
  expect(await json.json()).toMatchObject({ creates: 45_000, errors: 0 });

  const huge = await request.post(`${path}?fileName=huge.csv`, {
    headers: { ...headers, "content-type": "text/csv" },
    data: Buffer.alloc(40 * 1024 * 1024 + 1, 0x61),
    timeout: 180_000,
  });
  expect(huge.status()).toBe(413);
  expect(huge.headers()["content-type"]).toContain("application/problem+json");
  expect(JSON.stringify(await huge.json())).toContain("body");
});
