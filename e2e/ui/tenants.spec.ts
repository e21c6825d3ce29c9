import { expect, test } from "@playwright/test";
import { dismissConfirmation, openConfirmation } from "../fixtures/confirm-dialog";
import { storageStatePath } from "../fixtures/demo-accounts";
import { createTenants, e2eDb, uniqueTag } from "../fixtures/factories";

test.use({ storageState: storageStatePath("operator") });

const firstNameCell = (page: import("@playwright/test").Page) => page.locator("tbody tr").first().locator("td").first();

test("sorting is done by the server and kept in the URL", async ({ page }) => {
  const tag = uniqueTag();
  await createTenants(tag, 3);
  await page.goto(`/tenants?q=${tag}`);
  await expect(firstNameCell(page)).toHaveText(`Factory ${tag} 000`);
  await page.getByRole("button", { name: /^Name/ }).click();
  await expect(page).toHaveURL(/sort=name&dir=desc/);
  await expect(firstNameCell(page)).toHaveText(`Factory ${tag} 002`);
  await page.reload();
  await expect(firstNameCell(page)).toHaveText(`Factory ${tag} 002`);
});

test("search filters on the server", async ({ page }) => {
  await page.goto("/tenants");
  await page.getByRole("searchbox", { name: "Search networks" }).fill("glob");
  await expect(page).toHaveURL(/q=glob/);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(firstNameCell(page)).toHaveText("Globex Finance");
});

test("paging moves through the list", async ({ page }) => {
  const tag = uniqueTag();
  await createTenants(tag, 3);
  await page.goto(`/tenants?q=${tag}&pageSize=10&sort=slug`);
  await expect(page.getByText("Page 1 of 1")).toBeVisible();
  await expect(page.getByRole("button", { name: "Next" })).toBeDisabled();
  // A bad page size in the URL falls back to the default instead of failing.
  await page.goto("/tenants?pageSize=7");
  await expect(page.getByRole("combobox", { name: "Rows per page" })).toHaveValue("25");
});

test("pages of 10 over 23 matching networks", async ({ page }) => {
  const tag = uniqueTag();
  await createTenants(tag, 23);
  await page.goto(`/tenants?q=${tag}&pageSize=10&sort=slug`);
  await expect(page.getByText("23 rows")).toBeVisible();
  await expect(page.getByText("Page 1 of 3")).toBeVisible();
  await expect(page.locator("tbody tr")).toHaveCount(10);
  await expect(firstNameCell(page)).toHaveText(`Factory ${tag} 000`);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Page 2 of 3")).toBeVisible();
  await expect(firstNameCell(page)).toHaveText(`Factory ${tag} 010`);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.locator("tbody tr")).toHaveCount(3);
  await expect(page.getByRole("button", { name: "Next" })).toBeDisabled();
});

test("suspending and deleting a network ask first, naming it by name and slug; cancelling changes nothing", async ({
  page,
}) => {
  const tag = uniqueTag();
  const tenant = await e2eDb().tenant.create({ data: { slug: `gone-${tag}`, name: `Doomed ${tag}` } });
  const statusOf = async () => (await e2eDb().tenant.findUniqueOrThrow({ where: { id: tenant.id } })).status;
  await page.goto(`/tenants/${tenant.id}`);

  const suspend = page.getByRole("button", { name: "Suspend network" });
  const suspending = await openConfirmation(page, suspend, `Suspend the network “Doomed ${tag}” (gone-${tag})?`);
  await expect(suspending).toContainText("The messaging service refuses its members from their next request");
  await dismissConfirmation(page, suspending, suspend, "Escape");
  await openConfirmation(page, suspend, `Suspend the network “Doomed ${tag}” (gone-${tag})?`, { scan: false });
  await dismissConfirmation(page, suspending, suspend, "button");
  expect(await statusOf()).toBe("active");
  await suspend.click();
  await suspending.getByRole("button", { name: "Suspend network" }).click();
  await expect(page.getByRole("button", { name: "Reactivate network" })).toBeVisible();
  expect(await statusOf()).toBe("suspended");

  // Without the slug typed there is nothing to confirm yet: the field says what is missing.
  const remove = page.getByRole("button", { name: "Delete network" });
  await remove.click();
  await expect(page.getByText("type the network's slug to confirm")).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.getByLabel("Slug").fill(`gone-${tag}`);
  const deleting = await openConfirmation(page, remove, `Delete the network “Doomed ${tag}” (gone-${tag})?`);
  await expect(deleting).toContainText("its API tokens are revoked");
  await dismissConfirmation(page, deleting, remove, "button");
  expect((await e2eDb().tenant.findUniqueOrThrow({ where: { id: tenant.id } })).deletedAt).toBeNull();
  await remove.click();
  await deleting.getByRole("button", { name: "Delete network" }).click();
  await expect(page).toHaveURL(/\/tenants$/);
  expect((await e2eDb().tenant.findUniqueOrThrow({ where: { id: tenant.id } })).deletedAt).not.toBeNull();
});

test("a network's XMPP domain is set on its overview, lower-cased, and refused by name when malformed or taken", async ({
  page,
}) => {
  const tag = uniqueTag();
  const tenant = await e2eDb().tenant.create({ data: { slug: `xmpp-${tag}`, name: `Chatty ${tag}` } });
  await e2eDb().tenant.create({
    data: { slug: `taken-${tag}`, name: `Taken ${tag}`, xmppDomain: `taken-${tag}.test` },
  });
  await page.goto(`/tenants/${tenant.id}`);
  const overview = page.locator("dl").filter({ hasText: "XMPP domain" });
  await expect(overview).toContainText("not on a messaging server");

  const field = page.getByLabel("XMPP domain (messaging server)");
  const save = page.getByRole("button", { name: "Save", exact: true });
  await field.fill("not a domain");
  await save.click();
  await expect(page.locator("#manage-tenant-xmpp-domain-error")).toContainText(
    "a domain name such as chat.example.com",
  );
  await expect(field).toHaveAttribute("aria-invalid", "true");

  await field.fill(`taken-${tag}.test`);
  await save.click();
  await expect(page.locator("#manage-tenant-xmpp-domain-error")).toHaveText("another network uses this domain");

  await field.fill(`Chat.Chatty-${tag}.TEST`);
  await save.click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(overview).toContainText(`chat.chatty-${tag}.test`);
  expect((await e2eDb().tenant.findUniqueOrThrow({ where: { id: tenant.id } })).xmppDomain).toBe(
    `chat.chatty-${tag}.test`,
  );
});
