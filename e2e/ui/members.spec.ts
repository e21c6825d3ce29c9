import { expect, test } from "@playwright/test";
import { storageStatePath } from "../fixtures/demo-accounts";
import { e2eDb, uniqueTag } from "../fixtures/factories";

test.use({ storageState: storageStatePath("operator") });

/** A network of its own with 60 members: Person 001…060, every fifth suspended. */
async function directory() {
  const tag = uniqueTag();
  const tenant = await e2eDb().tenant.create({
    data: {
      slug: `dir-${tag}`,
      name: `Directory ${tag}`,
      groups: { create: { name: "Default", isDefault: true, settings: {} } },
    },
    include: { groups: true },
  });
  await e2eDb().member.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      tenantId: tenant.id,
      groupId: tenant.groups[0]!.id,
      email: `p${String(i + 1).padStart(3, "0")}@${tag}.example`,
      displayName: `Person ${String(i + 1).padStart(3, "0")}`,
      status: (i + 1) % 5 === 0 ? ("suspended" as const) : ("active" as const),
    })),
  });
  return tenant;
}

const nameCells = (page: import("@playwright/test").Page) => page.locator("tbody tr td:nth-child(2)");

test("search, filter, sort and page, all through the URL", async ({ page }) => {
  const tenant = await directory();
  await page.goto(`/tenants/${tenant.id}/members?pageSize=25`);
  await expect(page.getByText("60 members match")).toBeVisible();
  await expect(nameCells(page).first()).toContainText("Person 001");

  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(nameCells(page).first()).toContainText("Person 026");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(nameCells(page)).toHaveCount(10);
  await expect(page.getByRole("button", { name: "Next" })).toBeDisabled();
  await page.getByRole("button", { name: "Previous" }).click();
  await expect(nameCells(page).first()).toContainText("Person 026");
  await page.goBack();
  await expect(nameCells(page)).toHaveCount(10);

  await page.goto(`/tenants/${tenant.id}/members?pageSize=25`);
  await page.getByRole("button", { name: /^Name/ }).click();
  await expect(page).toHaveURL(/sort=displayName&dir=desc/);
  await expect(nameCells(page).first()).toContainText("Person 060");

  await page.locator("summary", { hasText: "Status" }).click();
  await page.getByRole("checkbox", { name: "Suspended" }).click();
  await expect(page).toHaveURL(/status=suspended/);
  await expect(page.getByText("12 members match")).toBeVisible();

  await page.getByRole("searchbox", { name: "Search by name or email" }).fill("son 05");
  await expect(page).toHaveURL(/q=son/);
  await expect(page.getByText("2 members match")).toBeVisible(); // Person 050 and 055, both suspended
  // The shared URL shows the same view.
  const url = page.url();
  await page.goto(url);
  await expect(page.getByText("2 members match")).toBeVisible();
});

test("bulk-suspend three selected members", async ({ page }) => {
  const tenant = await directory();
  await page.goto(`/tenants/${tenant.id}/members?pageSize=25`);
  for (const n of ["001", "002", "003"]) await page.getByRole("checkbox", { name: `select Person ${n}` }).check();
  await expect(page.getByTestId("selection-count")).toHaveText("3 selected");
  await page.getByRole("button", { name: "Suspend", exact: true }).click();
  const confirm = page.getByRole("dialog", { name: "Suspend 3 members?" });
  await expect(confirm).toContainText("Person 001");
  await confirm.getByRole("button", { name: "Suspend 3 members" }).click();
  await expect(page.getByText("3 members changed.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Person 001/ }).getByText("Suspended")).toBeVisible();

  const suspended = await e2eDb().member.count({
    where: {
      tenantId: tenant.id,
      status: "suspended",
      displayName: { in: ["Person 001", "Person 002", "Person 003"] },
    },
  });
  expect(suspended).toBe(3);
  expect(
    await e2eDb().auditEvent.count({ where: { tenantId: tenant.id, action: "member.suspend", targetType: "member" } }),
  ).toBe(3);
  expect(
    await e2eDb().auditEvent.count({
      where: { tenantId: tenant.id, action: "member.suspend", targetType: "member_batch" },
    }),
  ).toBe(1);
  expect(await e2eDb().serviceCommand.count({ where: { tenantId: tenant.id, kind: "sign_out" } })).toBe(3);
});

test("invite one member, named errors first", async ({ page }) => {
  const tenant = await directory();
  await page.goto(`/tenants/${tenant.id}/members`);
  await page.getByText("Invite a member").click();
  await page.getByRole("textbox", { name: "Email" }).fill("p001@nowhere");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("expected an email address")).toBeVisible();
  const email = `new-${tenant.slug}@example.test`;
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByLabel("First name").fill("New");
  await page.getByLabel("Last name").fill("Person");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible();
  const m = await e2eDb().member.findUniqueOrThrow({ where: { tenantId_email: { tenantId: tenant.id, email } } });
  expect(m).toMatchObject({ status: "pending", displayName: "New Person" });
  expect(
    await e2eDb().serviceCommand.count({ where: { tenantId: tenant.id, memberId: m.id, kind: "send_invite" } }),
  ).toBe(1);
});
