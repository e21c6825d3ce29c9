import { expect, test } from "@playwright/test";
import { dismissConfirmation, openConfirmation } from "../fixtures/confirm-dialog";
import { storageStatePath } from "../fixtures/demo-accounts";
import { createToken, e2eDb, uniqueTag } from "../fixtures/factories";

test.use({ storageState: storageStatePath("operator") });

test("A requests, B approves: the decision is allow; B revokes: the decision is deny, immediately", async ({
  page,
  request,
}) => {
  const tag = uniqueTag();
  const make = (side: string) =>
    e2eDb().tenant.create({
      data: {
        slug: `fed-${side}-${tag}`,
        name: `Fed ${side.toUpperCase()} ${tag}`,
        federationMode: "restricted",
        groups: { create: { name: "Default", isDefault: true, settings: {} } },
      },
    });
  const a = await make("a");
  const b = await make("b");
  const { token } = await createToken(a.slug, ["service.federation.decide"]);
  const decide = async () => {
    const res = await request.post("/api/service/v1/federation/decide", {
      headers: { authorization: `Bearer ${token}` },
      data: { target: { slug: b.slug } },
    });
    expect(res.status()).toBe(200);
    return (await res.json()) as { allow: boolean; reason: string };
  };
  expect(await decide()).toMatchObject({ allow: false, reason: "not_on_allow_list" });

  await page.goto(`/tenants/${a.id}/federation`);
  await page.getByText("Request a link with a network of this deployment").click();
  await page.getByLabel("The other network's slug").fill("no-such-network");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("no network in this deployment has this slug")).toBeVisible();
  await page.getByLabel("The other network's slug").fill(b.slug);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("Request sent.")).toBeVisible();
  expect(await decide()).toMatchObject({ allow: false, reason: "link_pending" });

  await page.goto(`/tenants/${b.id}/federation`);
  const inbox = page.getByRole("region", { name: "Requests awaiting your answer" });
  await expect(inbox).toContainText(a.name);
  const asked = await openConfirmation(
    page,
    inbox.getByRole("button", { name: `Accept ${a.name}` }),
    `Accept the federation request from ${a.name} (${a.slug})?`,
  );
  await expect(asked).toContainText("members may talk to that network's members, within each side's rules");
  await asked.getByRole("button", { name: "Accept request" }).click();
  await expect(inbox).toContainText("No requests waiting.");
  expect(await decide()).toMatchObject({ allow: true, reason: "allowed" });

  const partners = page.getByRole("region", { name: "Partners" });
  // Named by name and slug; dismissed, the link stays and so does the decision.
  const revoke = partners.getByRole("button", { name: `Revoke ${a.name}` });
  const revoking = await openConfirmation(page, revoke, `Revoke the link with ${a.name} (${a.slug})?`);
  await expect(revoking).toContainText("The link ends for both sides");
  await dismissConfirmation(page, revoking, revoke, "button");
  await expect(partners.getByRole("row", { name: new RegExp(a.name) })).toContainText("Active");
  expect(await decide()).toMatchObject({ allow: true, reason: "allowed" });
  await revoke.click();
  await revoking.getByRole("button", { name: "Revoke link" }).click();
  await expect(partners.getByRole("row", { name: new RegExp(a.name) })).toContainText("Revoked");
  expect(await decide()).toMatchObject({ allow: false, reason: "link_revoked" });

  // The partner page on A's side tells the story, B's actions included.
  await page.goto(`/tenants/${a.id}/federation`);
  await page.getByRole("link", { name: b.name }).click();
  const history = page.getByRole("region", { name: "Recent changes" });
  await expect(history).toContainText("federation.partner_request");
  await expect(history).toContainText("federation.partner_accept");
  await expect(history).toContainText("federation.partner_revoke");
});

test("bad decision requests are refused by field, as problem+json", async ({ request }) => {
  const { token } = await createToken("acme-defense", ["service.federation.decide"]);
  const res = await request.post("/api/service/v1/federation/decide", {
    headers: { authorization: `Bearer ${token}` },
    data: { memberId: "not-a-uuid", target: { network: "x.example" } },
  });
  expect(res.status()).toBe(422);
  expect(res.headers()["content-type"]).toContain("application/problem+json");
  expect(await res.json()).toMatchObject({ errors: [{ field: "memberId" }] });
  const batch = await request.post("/api/service/v1/federation/decide", {
    headers: { authorization: `Bearer ${token}` },
    data: { decisions: [{ target: { network: "x.example" } }, { target: { slug: "nope-nope" } }] },
  });
  expect(batch.status()).toBe(200);
  expect(await batch.json()).toMatchObject({
    results: [{ allow: false }, { error: { field: "decisions.1.target.slug" } }],
  });
});

test("guests reported by the service appear in the list; blocking one refuses the next decision", async ({
  page,
  request,
}) => {
  const tag = uniqueTag();
  const tenant = await e2eDb().tenant.create({
    data: {
      slug: `guests-${tag}`,
      name: `Guests ${tag}`,
      federationMode: "open",
      groups: { create: { name: "Default", isDefault: true, settings: { federation: { guests: true } } } },
    },
    include: { groups: true },
  });
  const member = await e2eDb().member.create({
    data: { tenantId: tenant.id, groupId: tenant.groups[0]!.id, email: `m@${tag}.example`, displayName: "M" },
  });
  const events = await createToken(tenant.slug, ["service.events.write"]);
  const decider = await createToken(tenant.slug, ["service.federation.decide"]);
  const posted = await request.post("/api/service/v1/guests/contacts", {
    headers: { authorization: `Bearer ${events.token}` },
    data: { contacts: [{ guestId: `guest-${tag}`, network: "visitors.example", displayName: "Vera Visitor" }] },
  });
  expect(posted.status()).toBe(200);
  const decide = async () =>
    (await (
      await request.post("/api/service/v1/federation/decide", {
        headers: { authorization: `Bearer ${decider.token}` },
        data: { memberId: member.id, target: { guestId: `guest-${tag}` } },
      })
    ).json()) as { allow: boolean; reason: string };
  expect(await decide()).toMatchObject({ allow: true });

  await page.goto(`/tenants/${tenant.id}/federation`);
  await page.getByRole("link", { name: "Guests", exact: true }).click();
  const row = page.getByRole("row", { name: /Vera Visitor/ });
  await expect(row).toContainText("visitors.example");
  await expect(row).toContainText("Current");
  const block = row.getByRole("button", { name: "Block Vera Visitor" });
  const blocking = await openConfirmation(page, block, "Block the guest Vera Visitor (visitors.example)?");
  await expect(blocking).toContainText("refused from the next decision, until you unblock them");
  await dismissConfirmation(page, blocking, block, "Escape");
  await expect(row).toContainText("Current");
  expect(await decide()).toMatchObject({ allow: true });
  await block.click();
  await blocking.getByRole("button", { name: "Block guest" }).click();
  await expect(row).toContainText("Blocked");
  expect(await decide()).toMatchObject({ allow: false, reason: "guest_blocked" });
  await page.getByLabel("Status").selectOption("lapsed");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No guests match.")).toBeVisible();
});
