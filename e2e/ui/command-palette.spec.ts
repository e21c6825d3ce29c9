import { expect, test } from "@playwright/test";
import { storageStatePath } from "../fixtures/demo-accounts";
import { e2eDb, tenantBySlug } from "../fixtures/factories";

test.use({ storageState: storageStatePath("admin") });

test("Ctrl-K jumps to a page, then to a member found by name, from the keyboard alone", async ({ page }) => {
  const acme = await tenantBySlug("acme-defense");
  const member = await e2eDb().member.findFirstOrThrow({
    where: { tenantId: acme.id },
    orderBy: { email: "desc" },
  });
  await page.goto(`/tenants/${acme.id}`);
  const palette = page.getByRole("dialog", { name: "Go to a page, member or group" });
  // The shortcut works once the page has hydrated (the dashboard streams in behind its skeleton): try until then.
  await expect(async () => {
    await page.keyboard.press("Control+k");
    await expect(palette).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.keyboard.type("legal holds");
  await expect(palette.getByRole("option").first()).toContainText("Legal holds");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/tenants/${acme.id}/holds$`));

  // A member by part of their email, in the network the page belongs to.
  await page.keyboard.press("Control+k");
  await page.keyboard.type(member.email.slice(0, 12));
  const option = palette.getByRole("option", { name: new RegExp(member.email.replace(/[.+]/g, "\\$&")) });
  await expect(option).toBeVisible();
  await page.keyboard.press("ArrowDown");
  while ((await option.getAttribute("aria-selected")) !== "true") await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/members/${member.id}$`));
  await page.keyboard.press("Control+k");
  await page.keyboard.press("Escape");
  await expect(palette).toBeHidden();
});
