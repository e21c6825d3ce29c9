import { expect, test } from "@playwright/test";
import { hashPassword } from "@/lib/auth/hash-password";
import { dismissConfirmation, openConfirmation } from "../fixtures/confirm-dialog";
import { storageStatePath } from "../fixtures/demo-accounts";
import { createToken, e2eDb, uniqueTag } from "../fixtures/factories";
import { startOidcProvider } from "../fixtures/oidc-provider";
import { signInAs, toast } from "../fixtures/sign-in-page";

const tag = uniqueTag();
const slug = `e2e-net-${tag}`;
const name = `E2E Network ${tag}`;

test.describe.serial("a new network, its default group and the messaging service", () => {
  let tenantId = "";
  let groupId = "";
  const admin = { email: `net-admin-${tag}@custodian.test`, password: `pw-${tag}-${uniqueTag()}` };

  test("the operator creates a network; it starts with one default group", async ({ browser }) => {
    const ctx = await browser.newContext({ storageState: storageStatePath("operator") });
    const page = await ctx.newPage();
    await page.goto("/tenants");
    await page.getByText("Create a network").click();
    await page.getByRole("button", { name: "Create network" }).click();
    await expect(page.getByText("at least 2 characters")).toBeVisible();
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Slug").fill(slug);
    await page.getByLabel("Plan").selectOption("trial");
    await page.getByRole("button", { name: "Create network" }).click();
    await expect(page.getByText("a trial needs an end date")).toBeVisible();
    await page.getByLabel("Plan").selectOption("premium");
    await page.getByLabel("Region").selectOption("eu-central-1");
    await page.getByRole("button", { name: "Create network" }).click();
    await expect(page.getByText("Network created.")).toBeVisible();
    await page.getByRole("searchbox", { name: "Search networks" }).fill(tag);
    await expect(page.getByRole("link", { name })).toBeVisible();

    const tenant = await e2eDb().tenant.findUniqueOrThrow({ where: { slug }, include: { groups: true } });
    expect(tenant).toMatchObject({ plan: "premium", region: "eu-central-1" });
    expect(tenant.groups).toEqual([expect.objectContaining({ name: "Default", isDefault: true })]);
    tenantId = tenant.id;
    groupId = tenant.groups[0]!.id;
    await e2eDb().consoleUser.create({
      data: {
        email: admin.email,
        name: "Net Admin",
        passwordHash: await hashPassword(admin.password),
        roleGrants: { create: { tenantId, role: "tenant_admin" } },
      },
    });
    await ctx.close();
  });

  test("its admin edits the default group; invalid values are named and nothing is saved; the history shows the diff; the service sees it", async ({
    page,
    request,
  }) => {
    const member = await e2eDb().member.create({
      data: { tenantId, groupId, email: `m-${tag}@example.test`, displayName: "Member One", status: "active" },
    });
    const { token } = await createToken(slug, ["service.policies.read"]);
    const url = `/api/service/v1/members/${member.id}/settings`;
    const auth = { authorization: `Bearer ${token}` };

    const first = await request.get(url, { headers: auth });
    expect(first.status()).toBe(200);
    const etag = first.headers()["etag"]!;
    expect(etag).toBeTruthy();
    const body = (await first.json()) as {
      document: { group: { settings: { messaging: { expirationMaxMinutes: number } } } };
      signature: { alg: string; kid: string };
    };
    expect(body.signature.alg).toBe("EdDSA");
    expect(body.document.group.settings.messaging.expirationMaxMinutes).toBe(43200);
    expect((await request.get(url, { headers: { ...auth, "if-none-match": etag } })).status()).toBe(304);

    await signInAs(page, admin);
    await page.goto(`/tenants/${tenantId}/groups`);
    await page.getByRole("link", { name: "Default" }).click();
    await page.getByRole("tab", { name: "Messaging" }).click();
    await page.getByLabel("Message expiration maximum").fill("60");
    await page.getByLabel("Burn-on-read maximum").fill("120");
    await page.getByRole("tab", { name: "Calling" }).click();
    await page.getByLabel("1:1 calls").uncheck();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("video calls need 1:1 calls to be on")).toBeVisible();
    await page.getByRole("tab", { name: "Messaging" }).click();
    await expect(page.getByText("must not exceed the message expiration maximum (60 minutes)")).toBeVisible();
    // What was typed is still there, and nothing was saved.
    await expect(page.getByLabel("Burn-on-read maximum")).toHaveValue("120");
    expect(
      (await e2eDb().securityGroup.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: groupId } } })).version,
    ).toBe(1);

    await page.getByLabel("Burn-on-read maximum").fill("30");
    await page.getByRole("tab", { name: "Calling" }).click();
    await page.getByLabel("1:1 calls").check();
    await page.getByRole("button", { name: "Save changes" }).click();
    // Expiring after an hour is a shortening for the group's member: the preview counts it and asks to confirm.
    const preview = page.getByRole("alert").filter({ hasText: "This change affects" });
    await expect(preview).toContainText("This change affects 1 member of this group: 1 shortened, 0 lengthened.");
    await expect(preview).toContainText(member.email);
    expect(
      (await e2eDb().securityGroup.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: groupId } } })).version,
    ).toBe(1);
    await preview.getByLabel("I understand that these members' messages will go sooner").check();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Saved. The messaging service sees the change on its next request.")).toBeVisible();

    await page.reload();
    const history = page.getByRole("region", { name: "Change history" });
    const row = history.getByRole("row", { name: /settings\.messaging\.expirationMaxMinutes/ });
    await expect(row).toContainText("43200");
    await expect(row).toContainText("60");

    const after = await request.get(url, { headers: { ...auth, "if-none-match": etag } });
    expect(after.status()).toBe(200);
    expect(((await after.json()) as typeof body).document.group.settings.messaging.expirationMaxMinutes).toBe(60);
    expect(after.headers()["etag"]).not.toBe(etag);
  });

  test("member SSO: the test reports a wrong issuer clearly and a right one as working; enabling asks for confirmation", async ({
    page,
  }) => {
    const idp = await startOidcProvider({
      clientId: "members",
      clientSecret: "members-secret",
      redirectUri: "http://localhost/cb",
      accounts: {},
    });
    try {
      await signInAs(page, admin);
      await page.goto(`/tenants/${tenantId}/settings`);
      const sso = page.getByRole("form", { name: "Member sign-in (SSO)" });
      await sso.getByLabel("Issuer URL").fill("http://localhost:9/not-an-issuer");
      await sso.getByLabel("Client id").fill("members");
      await sso.getByLabel("Client secret").fill("members-secret");
      await sso.getByRole("button", { name: "Test configuration" }).click();
      await expect(sso.getByRole("status")).toContainText("The configuration has problems:");
      await expect(sso.getByRole("status")).toContainText(
        "could not read http://localhost:9/not-an-issuer/.well-known/openid-configuration",
      );

      await sso.getByLabel("Issuer URL").fill(idp.issuer);
      await sso.getByRole("button", { name: "Test configuration" }).click();
      await expect(sso.getByRole("status")).toContainText("The configuration works.");

      await sso.getByLabel("Members sign in with SSO").check();
      await sso.getByRole("button", { name: "Save SSO settings" }).click();
      await expect(sso.getByRole("alert").first()).toContainText("signs every member of this network out");
      expect(await e2eDb().memberSsoConfig.count({ where: { tenantId } })).toBe(0);
      await sso.getByLabel("I understand that members will be signed out").check();
      await sso.getByRole("button", { name: "Save SSO settings" }).click();
      await expect(toast(page, "Saved.")).toBeVisible();
      const row = await e2eDb().memberSsoConfig.findUniqueOrThrow({
        where: { tenantId },
        omit: { clientSecretEnc: false },
      });
      expect(row).toMatchObject({ enabled: true, issuer: idp.issuer });
      expect(row.clientSecretEnc).toMatch(/^v1\./);
    } finally {
      await idp.close();
    }
  });
});

test.describe("asking before a group's changes or the group itself are lost", () => {
  test.use({ storageState: storageStatePath("operator") });

  /** A network of its own with Default, Ops (Olga in it) and Sales. */
  async function network() {
    const t = uniqueTag();
    const tenant = await e2eDb().tenant.create({
      data: {
        slug: `grp-${t}`,
        name: `Groups ${t}`,
        groups: {
          create: [
            { name: "Default", isDefault: true, settings: {} },
            { name: "Ops", settings: {} },
            { name: "Sales", settings: {} },
          ],
        },
      },
      include: { groups: true },
    });
    const byName = (n: string) => tenant.groups.find((g) => g.name === n)!;
    await e2eDb().member.create({
      data: { tenantId: tenant.id, groupId: byName("Ops").id, email: `olga@${t}.example`, displayName: "Olga" },
    });
    return { tenant, ops: byName("Ops"), sales: byName("Sales") };
  }

  test("leaving a group with unsaved changes asks, naming the group; staying keeps what was typed", async ({
    page,
  }) => {
    const { tenant, ops } = await network();
    await page.goto(`/tenants/${tenant.id}/groups/${ops.id}`);
    await page.getByLabel("Name", { exact: true }).fill("Ops renamed");
    const members = page
      .getByRole("navigation", { name: `${tenant.name} navigation` })
      .getByRole("link", { name: "Members" });
    const asked = await openConfirmation(page, members, "Leave “Ops” without saving?", { cancel: "Keep editing" });
    await expect(asked).toContainText("Your changes to this group's settings are lost.");
    await dismissConfirmation(page, asked, members, "button", "Keep editing");
    await expect(page).toHaveURL(new RegExp(`/groups/${ops.id}$`));
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Ops renamed");

    await openConfirmation(page, members, "Leave “Ops” without saving?", { cancel: "Keep editing", scan: false });
    await dismissConfirmation(page, asked, members, "Escape", "Keep editing");
    await expect(page).toHaveURL(new RegExp(`/groups/${ops.id}$`));

    await members.click();
    await asked.getByRole("button", { name: "Leave without saving" }).click();
    await expect(page).toHaveURL(new RegExp(`/tenants/${tenant.id}/members`));
    expect((await e2eDb().securityGroup.findFirstOrThrow({ where: { id: ops.id } })).name).toBe("Ops");
  });

  test("deleting a group names it and the group its members move to; cancelling deletes nothing", async ({ page }) => {
    const { tenant, ops, sales } = await network();
    await page.goto(`/tenants/${tenant.id}/groups/${ops.id}`);
    await page.getByLabel("Move its members to").selectOption({ label: "Sales" });
    const remove = page.getByRole("button", { name: "Delete group" });
    const asked = await openConfirmation(page, remove, "Delete the group “Ops”?");
    await expect(asked).toContainText("Its 1 member moves to “Sales” and from then on follows that group's settings.");
    await expect(asked).toContainText("Its settings are deleted with it. This cannot be undone.");
    await dismissConfirmation(page, asked, remove, "Escape");
    expect(await e2eDb().securityGroup.count({ where: { id: ops.id } })).toBe(1);

    // The dialog follows the choice made after it was first opened.
    await page.getByLabel("Move its members to").selectOption({ label: "Default" });
    await openConfirmation(page, remove, "Delete the group “Ops”?", { scan: false });
    await expect(asked).toContainText("Its 1 member moves to “Default”");
    await dismissConfirmation(page, asked, remove, "button");
    expect(await e2eDb().securityGroup.count({ where: { id: ops.id } })).toBe(1);

    await page.getByLabel("Move its members to").selectOption({ label: "Sales" });
    await remove.click();
    await asked.getByRole("button", { name: "Delete group" }).click();
    await expect(page).toHaveURL(new RegExp(`/tenants/${tenant.id}/groups$`));
    expect(await e2eDb().securityGroup.count({ where: { id: ops.id } })).toBe(0);
    const olga = await e2eDb().member.findFirstOrThrow({ where: { tenantId: tenant.id, displayName: "Olga" } });
    expect(olga.groupId).toBe(sales.id);
  });
});
