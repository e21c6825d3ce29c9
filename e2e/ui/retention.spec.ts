import { expect, test } from "@playwright/test";
import { storageStatePath } from "../fixtures/demo-accounts";
import { e2eDb, tenantBySlug, uniqueTag } from "../fixtures/factories";

test("compliance retention by preset, a member exception, and the effective policy naming its rules", async ({
  browser,
}) => {
  const acme = await tenantBySlug("acme-defense");
  const group = await e2eDb().securityGroup.findFirstOrThrow({ where: { tenantId: acme.id, isDefault: true } });
  const member = await e2eDb().member.create({
    data: {
      tenantId: acme.id,
      groupId: group.id,
      email: `ret-${uniqueTag()}@acme.example`,
      displayName: "Retention Person",
      status: "active",
    },
  });

  const compliance = await (await browser.newContext({ storageState: storageStatePath("compliance") })).newPage();
  await compliance.goto(`/tenants/${acme.id}/retention`);
  await expect(compliance.getByRole("form", { name: "Default message lifetime" }).getByRole("button")).toHaveCount(0); // lifetime is the admins'
  const form = compliance.getByRole("form", { name: "Compliance retention" });
  await form.getByLabel("Keep archived copies").selectOption("custom");
  await form.getByRole("button", { name: "Save retention" }).click();
  await expect(form.getByText("enter the number of days to keep")).toBeVisible();
  await form.getByLabel("Keep archived copies").selectOption("finra_4511");
  await form.getByRole("button", { name: "Save retention" }).click();
  await expect(form.getByText("Now: 2,190 days")).toBeVisible();

  const admin = await (await browser.newContext({ storageState: storageStatePath("admin") })).newPage();
  await admin.goto(`/tenants/${acme.id}/members/${member.id}`);
  const effective = admin.getByRole("region", { name: "Effective retention" });
  await expect(effective).toContainText("The compliance archive keeps copies for 2190 days (compliance minimum)");
  const exception = admin.getByRole("form", { name: "Member exception" });
  await exception.getByLabel("Expiration maximum (minutes)").fill("0");
  await exception.getByRole("button", { name: "Save exception" }).click();
  await expect(exception.getByText("must be between 1 and 525,600")).toBeVisible();
  await exception.getByLabel("Expiration maximum (minutes)").fill("60");
  await exception.getByLabel("Reason").fill("Contractor");
  await exception.getByRole("button", { name: "Save exception" }).click();
  await expect(exception.getByText("Saved.")).toBeVisible();
  await admin.reload();
  await expect(admin.getByRole("region", { name: "Effective retention" })).toContainText(
    "Messages expire after 60 minutes (member exception)",
  );
});
