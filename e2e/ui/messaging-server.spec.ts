import { expect, request as playwrightRequest, test } from "@playwright/test";
import { type EjabberdInstance, startEjabberd, TEST_DOMAIN_PARENT } from "@/lib/testing/ejabberd-instance";
import { signInXmpp } from "@/lib/testing/xmpp-client";
import { callEjabberd } from "@/lib/connector/ejabberd/call-ejabberd";
import { xmppLocalpart } from "@/lib/connector/ejabberd/xmpp-address";
import { type StartedConsole, startConsole } from "../fixtures/console-server";
import { DEMO, DEMO_PASSWORD } from "../fixtures/demo-accounts";
import { createToken, e2eDb, uniqueTag } from "../fixtures/factories";
import { contractChecker, NEEDS_MESSAGING_SERVER, type OpenApiDoc } from "../fixtures/openapi-contract";
import { signInAs } from "../fixtures/sign-in-page";

// The console drives a real ejabberd (Debian's 23.01) and a real XMPP client
// watches: an instance of the console configured with the server, as a
// deployment would run it, and a browser on it.
let ej: EjabberdInstance | undefined;
let custodian: StartedConsole | undefined;
test.afterEach(async () => {
  await custodian?.stop();
  await ej?.stop();
});

test("invite → the member sets a password → signs in and sends a message; suspend ends the session and refuses; reactivate lets them back", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const tag = uniqueTag();
  const domain = `e2e-${tag}.${TEST_DOMAIN_PARENT}`;
  const db = e2eDb();
  const tenant = await db.tenant.create({ data: { slug: `chat-${tag}`, name: `Chat ${tag}`, xmppDomain: domain } });
  await db.securityGroup.create({ data: { tenantId: tenant.id, name: "Everyone", isDefault: true, settings: {} } });
  // A colleague already on the messenger (a member whose password the server has).
  const colleague = await db.member.create({
    data: {
      tenantId: tenant.id,
      email: `lee-${tag}@chat.example`,
      displayName: "Lee Colleague",
      status: "active",
      groupId: (await db.securityGroup.findFirstOrThrow({ where: { tenantId: tenant.id } })).id,
    },
  });

  ej = await startEjabberd({ serverUrl: process.env.E2E_DATABASE_URL!, hosts: [] });
  custodian = await startConsole({
    CUSTODIAN_EJABBERD_API_URL: ej.api.url,
    CUSTODIAN_EJABBERD_INCLUDE_FILE: ej.includeFile,
    CUSTODIAN_EJABBERD_SYNC_SECONDS: "1",
  });
  await custodian.ready();
  const context = await browser.newContext({ baseURL: custodian.url });
  const page = await context.newPage();
  await signInAs(page, { email: DEMO.operator, password: DEMO_PASSWORD });

  // The Messaging server page: connected, the colleague's account made.
  await page.goto(`/tenants/${tenant.id}/messaging`);
  await expect(async () => {
    await page.reload();
    await expect(page.getByText("In sync")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText(`ejabberd 23.`)).toBeVisible();
  const lee = xmppLocalpart(colleague.email);
  await callEjabberd(ej.api, "change_password", { user: lee, host: domain, newpass: "lee's own password" });

  // Invite in the console; the member page hands over the link.
  await page.goto(`/tenants/${tenant.id}/members`);
  await page.getByText("Invite a member").click();
  const email = `dana-${tag}@chat.example`;
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByLabel("First name").fill("Dana");
  await page.getByLabel("Last name").fill("Scully");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible();
  const member = await db.member.findUniqueOrThrow({ where: { tenantId_email: { tenantId: tenant.id, email } } });
  await page.goto(`/tenants/${tenant.id}/members/${member.id}`);
  const link = page.getByRole("textbox", { name: "Invitation link" });
  // On the console's public URL (NEXTAUTH_URL; `npm start` sets it to localhost and its port when unset).
  await expect(link).toHaveValue(
    new RegExp(`^http://(localhost|127\\.0\\.0\\.1):${new URL(custodian.url).port}/join/v1\\.`),
  );
  const url = await link.inputValue();

  // The member, signed in nowhere, follows it.
  const invitee = await browser.newContext();
  const join = await invitee.newPage();
  await join.goto(url);
  await expect(join.getByRole("heading", { name: "Set your messenger password" })).toBeVisible();
  await join.getByLabel("Password", { exact: true }).fill("short");
  await join.getByRole("button", { name: "Set password" }).click();
  await expect(join.getByText("at least 12 characters")).toBeVisible();
  const password = "dana's chosen password";
  await join.getByLabel("Password", { exact: true }).fill(password);
  await join.getByLabel("Password again").fill(password);
  await join.getByRole("button", { name: "Set password" }).click();
  await expect(join.getByText("Your password is set.")).toBeVisible();
  // Used once: the link is spent.
  await join.reload();
  await expect(join.getByText("This invitation is no longer valid.")).toBeVisible();
  await invitee.close();

  const dana = xmppLocalpart(email);
  const device = () =>
    signInXmpp({
      port: ej!.c2sPort,
      domain,
      username: dana,
      password,
      resource: "phone",
      certificate: ej!.certificate,
    });
  const leeSession = await signInXmpp({
    port: ej.c2sPort,
    domain,
    username: lee,
    password: "lee's own password",
    resource: "desk",
    certificate: ej.certificate,
  });
  const phone = await device();
  await phone.send(`${lee}@${domain}`, "hello from the console's e2e");
  expect(await leeSession.nextMessage()).toEqual({
    from: `${dana}@${domain}/phone`,
    body: "hello from the console's e2e",
  });

  // Suspend in the console: the phone is disconnected within 5 seconds and refused.
  await page.goto(`/tenants/${tenant.id}/members`);
  await page.getByRole("checkbox", { name: "select Dana Scully" }).check();
  await page.getByRole("form", { name: "Suspend" }).getByRole("button", { name: "Suspend", exact: true }).click();
  await page
    .getByRole("dialog", { name: "Suspend 1 member?" })
    .getByRole("button", { name: "Suspend 1 member" })
    .click();
  const suspendedAt = Date.now();
  expect(await phone.ended).toBe("policy-violation has been kicked");
  expect(Date.now() - suspendedAt).toBeLessThan(5_000);
  await expect(device()).rejects.toThrow("sign-in refused: not-allowed");

  // Reactivate: the same password works again.
  await page.goto(`/tenants/${tenant.id}/members?status=suspended`);
  await page.getByRole("checkbox", { name: "select Dana Scully" }).check();
  await page.getByRole("form", { name: "Suspend" }).getByRole("button", { name: "Reactivate", exact: true }).click();
  await page
    .getByRole("dialog", { name: "Reactivate 1 member?" })
    .getByRole("button", { name: "Reactivate 1 member" })
    .click();
  await expect(async () => {
    const back = await device();
    await back.close();
  }).toPass({ timeout: 10_000 });
  await leeSession.close();

  // The server loses an account behind the console's back; "Reconcile now" through
  // the admin API puts it back, answering as the OpenAPI document says.
  await callEjabberd(ej.api, "unregister", { user: lee, host: domain });
  const { token } = await createToken(tenant.slug, ["tenants.update"]);
  const api = await playwrightRequest.newContext({ baseURL: custodian.url });
  const doc = (await (await api.get("/api/v1/openapi.json")).json()) as OpenApiDoc;
  const template = "/tenants/{tenantId}/messaging/reconcile";
  expect(NEEDS_MESSAGING_SERVER).toContain(`POST ${template}`);
  const res = await api.post(`/api/v1/tenants/${tenant.id}/messaging/reconcile`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const text = await res.text();
  const answer = { status: String(res.status()), type: res.headers()["content-type"]!.split(";")[0]!, text };
  expect(contractChecker(doc)("POST", template, answer)).toBeUndefined();
  expect(res.status(), text).toBe(200);
  expect(JSON.parse(text)).toEqual({ findings: 1, reported: 0 });
  expect(await callEjabberd(ej.api, "check_account", { user: lee, host: domain })).toBe(0);
  await api.dispose();

  // Everything the connector did is in the network's audit log, by the system.
  const actions = (
    await db.auditEvent.findMany({
      where: { tenantId: tenant.id, action: { startsWith: "messaging." } },
      orderBy: { seq: "asc" },
      select: { action: true, actorType: true },
    })
  ).map((e) => `${e.action} by ${e.actorType}`);
  expect(actions).toEqual(
    expect.arrayContaining([
      "messaging.host_added by system",
      "messaging.account_created by system",
      "messaging.member_blocked by system",
      "messaging.member_unblocked by system",
      "messaging.drift_found by system",
    ]),
  );
  await context.close();
});
