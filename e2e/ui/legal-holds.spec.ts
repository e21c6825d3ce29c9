import { expect, test } from "@playwright/test";
import { dismissConfirmation, openConfirmation } from "../fixtures/confirm-dialog";
import { storageStatePath } from "../fixtures/demo-accounts";
import { e2eDb, tenantBySlug, uniqueTag } from "../fixtures/factories";

test("a compliance officer puts a member on hold; deleting that member is refused with a clear message; release deletes nothing", async ({
  browser,
}) => {
  test.setTimeout(60_000); // four people's browsers, one after another
  const acme = await tenantBySlug("acme-defense");
  const group = await e2eDb().securityGroup.findFirstOrThrow({ where: { tenantId: acme.id, isDefault: true } });
  const tag = uniqueTag();
  const member = await e2eDb().member.create({
    data: {
      tenantId: acme.id,
      groupId: group.id,
      email: `held-${tag}@acme.example`,
      displayName: `Held ${tag}`,
      status: "active",
    },
  });

  const compliance = await (await browser.newContext({ storageState: storageStatePath("compliance") })).newPage();
  await compliance.goto(`/tenants/${acme.id}/holds`);
  await compliance.getByText("Place a legal hold").click();
  await compliance.getByLabel("Ends (UTC; empty: until released)").fill("2020-01-31");
  await compliance.getByRole("button", { name: "Preview" }).click();
  await expect(compliance.getByText("name the hold")).toBeVisible();
  await expect(compliance.getByText("the end must be in the future")).toBeVisible();
  await compliance.getByLabel("Ends (UTC; empty: until released)").fill("");
  await compliance.getByLabel("Name", { exact: true }).fill(`Hold ${tag}`);
  await compliance.getByLabel("Matter reference").fill(`M-${tag}`);
  await compliance.getByLabel("Member emails (one per line)").fill(member.email);
  // First the impact, nothing saved; then the hold.
  await compliance.getByRole("button", { name: "Preview" }).click();
  await expect(compliance.getByRole("status").filter({ hasText: "This hold would" })).toContainText(
    `This hold would retain the messages of 1 member in 1 group not already under a hold`,
  );
  await expect(compliance.getByRole("status").filter({ hasText: "This hold would" })).toContainText(member.email);
  expect(await e2eDb().legalHold.count({ where: { tenantId: acme.id, name: `Hold ${tag}` } })).toBe(0);
  await compliance.getByRole("button", { name: "Place hold" }).click();
  await expect(compliance.getByText("Hold placed.")).toBeVisible();
  await expect(compliance.getByRole("row", { name: new RegExp(`Hold ${tag}`) })).toContainText("Active");

  const admin = await (await browser.newContext({ storageState: storageStatePath("admin") })).newPage();
  await admin.goto(`/tenants/${acme.id}/members?q=${encodeURIComponent(member.email)}`);
  await admin.getByRole("checkbox", { name: `select Held ${tag}` }).check();
  await admin.getByRole("button", { name: "Delete", exact: true }).click();
  await admin
    .getByRole("dialog", { name: "Delete 1 member?" })
    .getByRole("button", { name: "Delete 1 member" })
    .click();
  await expect(admin.getByRole("alert").filter({ hasText: "legal hold" })).toHaveText(
    `A member is under legal hold and cannot be deleted: ${member.email} — “Hold ${tag}” (M-${tag}). Release the hold first, or leave them out.`,
  );
  expect(await e2eDb().member.count({ where: { tenantId: acme.id, id: member.id } })).toBe(1);
  await admin.goto(`/tenants/${acme.id}/members/${member.id}`);
  await expect(admin.getByRole("region", { name: "Legal holds" })).toContainText(`Hold ${tag}`);
  // Holds are confidential: helpdesk sees the member, and nothing of the hold.
  const helpdesk = await (await browser.newContext({ storageState: storageStatePath("helpdesk") })).newPage();
  await helpdesk.goto(`/tenants/${acme.id}/members/${member.id}`);
  await expect(helpdesk.getByRole("heading", { name: `Held ${tag}` })).toBeVisible();
  await expect(helpdesk.getByRole("region", { name: "Legal holds" })).toHaveCount(0);
  await expect(helpdesk.locator("body")).not.toContainText(`Hold ${tag}`);
  await expect(helpdesk.locator("body")).not.toContainText(`M-${tag}`);

  // The release is a shortening for the custodian: the confirmation names the hold and its matter,
  // and says so with the count. Dismissed, the hold stays.
  const release = compliance.getByRole("button", { name: `Release Hold ${tag}` });
  const asked = await openConfirmation(compliance, release, `Release the hold “Hold ${tag}” (M-${tag})?`);
  await expect(asked).toContainText("1 member in 1 group will no longer be retained");
  await expect(asked).toContainText("Nothing is deleted by the release itself.");
  await dismissConfirmation(compliance, asked, release, "button");
  await expect(compliance.getByRole("row", { name: new RegExp(`Hold ${tag}`) })).toContainText("Active");
  await release.click();
  await asked.getByRole("button", { name: "Release hold" }).click();
  await expect(compliance.getByRole("row", { name: new RegExp(`Hold ${tag}`) })).toContainText("Released");
  expect(await e2eDb().member.count({ where: { tenantId: acme.id, id: member.id } })).toBe(1);
  expect(
    await e2eDb().auditEvent.count({ where: { tenantId: acme.id, action: "hold.release", outcome: "success" } }),
  ).toBeGreaterThan(0);
});
