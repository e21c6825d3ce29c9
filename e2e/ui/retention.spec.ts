import { expect, test } from "@playwright/test";
import { toast } from "../fixtures/sign-in-page";
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
  // The demo network keeps six years already: the custom field starts from that; empty it.
  await form.getByLabel("Days").fill("");
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
  // An hour instead of the network's thirty days is a shortening: confirmed first, nothing saved before.
  await expect(exception.getByRole("alert")).toContainText("This exception makes this member's messages go sooner");
  expect(await e2eDb().memberLifetimeException.count({ where: { memberId: member.id } })).toBe(0);
  await exception.getByLabel("I understand that this member's messages will go sooner").check();
  await exception.getByRole("button", { name: "Save exception" }).click();
  await expect(toast(admin, "Saved.")).toBeVisible();
  await admin.reload();
  await expect(admin.getByRole("region", { name: "Effective retention" })).toContainText(
    "Messages expire after 60 minutes (member exception)",
  );
});

test.describe("shortening the default lifetime", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("the preview shows counts before a shortening, and it needs confirmation", async ({ page }) => {
    const tag = uniqueTag();
    const tenant = await e2eDb().tenant.create({
      data: {
        slug: `ret-${tag}`,
        name: `Retention ${tag}`,
        groups: { create: { name: "Default", isDefault: true, settings: {} } },
      },
      include: { groups: true },
    });
    await e2eDb().member.createMany({
      data: [1, 2, 3].map((i) => ({
        tenantId: tenant.id,
        groupId: tenant.groups[0]!.id,
        email: `m${i}@${tag}.example`,
        displayName: `M ${i}`,
        status: "active" as const,
      })),
    });
    await page.goto(`/tenants/${tenant.id}/retention`);
    const form = page.getByRole("form", { name: "Default message lifetime" });
    await form.getByLabel("Message expiration maximum (minutes)").fill("10080");
    await form.getByRole("button", { name: "Save lifetime" }).click();
    await expect(form.getByRole("alert")).toContainText(
      "This change affects 3 members in 1 group: 3 shortened, 0 lengthened.",
    );
    await expect(form.getByRole("alert")).toContainText(`m1@${tag}.example`);
    expect(await e2eDb().retentionPolicy.count({ where: { tenantId: tenant.id } })).toBe(0);

    await form.getByLabel("I understand that these members' messages will expire sooner").check();
    await form.getByRole("button", { name: "Save lifetime" }).click();
    await expect(toast(page, "Saved.")).toBeVisible();
    expect(await e2eDb().retentionPolicy.findUniqueOrThrow({ where: { tenantId: tenant.id } })).toMatchObject({
      expirationMaxMinutes: 10080,
    });

    // Lengthening again needs no confirmation.
    await form.getByLabel("Message expiration maximum (minutes)").fill("20160");
    await form.getByRole("button", { name: "Save lifetime" }).click();
    await expect(toast(page, "Saved.")).toBeVisible();
  });
});
