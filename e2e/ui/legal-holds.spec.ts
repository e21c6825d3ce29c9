import { expect, test } from "@playwright/test";
import { storageStatePath } from "../fixtures/demo-accounts";
import { e2eDb, tenantBySlug, uniqueTag } from "../fixtures/factories";

test("a compliance officer puts a member on hold; deleting that member is refused with a clear message; release deletes nothing", async ({
  browser,
}) => {
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
  await compliance.getByRole("button", { name: "Place hold" }).click();
  await expect(compliance.getByText("name the hold")).toBeVisible();
  await compliance.getByLabel("Name", { exact: true }).fill(`Hold ${tag}`);
  await compliance.getByLabel("Matter reference").fill(`M-${tag}`);
  await compliance.getByLabel("Member emails (one per line)").fill(member.email);
  await compliance.getByRole("button", { name: "Place hold" }).click();
  await expect(compliance.getByText("Hold placed.")).toBeVisible();
  await expect(compliance.getByRole("row", { name: new RegExp(`Hold ${tag}`) })).toContainText("Active");

  const admin = await (await browser.newContext({ storageState: storageStatePath("admin") })).newPage();
  await admin.goto(`/tenants/${acme.id}/members?q=${encodeURIComponent(member.email)}`);
  await admin.getByRole("checkbox", { name: `select Held ${tag}` }).check();
  admin.once("dialog", (d) => void d.accept());
  await admin.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "legal hold" })).toHaveText(
    `A member is under legal hold “Hold ${tag}” (M-${tag}) and cannot be deleted. Release the hold first, or leave them out.`,
  );
  expect(await e2eDb().member.count({ where: { tenantId: acme.id, id: member.id } })).toBe(1);
  await admin.goto(`/tenants/${acme.id}/members/${member.id}`);
  await expect(admin.getByRole("region", { name: "Legal holds" })).toContainText(`Hold ${tag}`);

  compliance.once("dialog", (d) => void d.accept());
  await compliance.getByRole("button", { name: `Release Hold ${tag}` }).click();
  await expect(compliance.getByRole("row", { name: new RegExp(`Hold ${tag}`) })).toContainText("Released");
  expect(await e2eDb().member.count({ where: { tenantId: acme.id, id: member.id } })).toBe(1);
  expect(
    await e2eDb().auditEvent.count({ where: { tenantId: acme.id, action: "hold.release", outcome: "success" } }),
  ).toBeGreaterThan(0);
});
