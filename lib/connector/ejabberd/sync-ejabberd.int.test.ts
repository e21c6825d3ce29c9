import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  type EjabberdInstance,
  ejabberdInstalled,
  startEjabberd,
  TEST_DOMAIN_PARENT,
} from "@/lib/testing/ejabberd-instance";
import {
  createApiTokenRow,
  createConsoleUser,
  createMemberRow,
  ctxForToken,
  ctxForUser,
} from "@/lib/testing/factories";
import { signInXmpp } from "@/lib/testing/xmpp-client";
import { reactivateMembers } from "@/lib/members/reactivate-members";
import { suspendMembers } from "@/lib/members/suspend-members";
import { deleteMembers } from "@/lib/members/delete-members";
import { inviteMember } from "@/lib/members/invite-member";
import { patchScimUser } from "@/lib/scim/patch-scim-user";
import { createLegalHold } from "@/lib/holds/create-legal-hold";
import { releaseLegalHold } from "@/lib/holds/release-legal-hold";
import { getMemberInvitation } from "../get-member-invitation";
import { getMessagingStatus } from "../get-messaging-status";
import { reconcileMessaging } from "../reconcile-messaging";
import { findMessagingInvite, joinMessaging } from "../join-messaging";
import { createTenant } from "@/lib/tenants/create-tenant";
import { reactivateTenant } from "@/lib/tenants/reactivate-tenant";
import { suspendTenant } from "@/lib/tenants/suspend-tenant";
import { callEjabberd, EjabberdError } from "./call-ejabberd";
import { syncEjabberd } from "./sync-ejabberd";
import { syncMessagingServer } from "../start-messaging-connector";
import { memberJid, xmppLocalpart } from "./xmpp-address";

// A real ejabberd (Debian's 23.01) on its own loopback ports, driven by the connector.
describe("networks as ejabberd virtual hosts", () => {
  let ej: EjabberdInstance;
  const tag = randomBytes(3).toString("hex");
  const [acme, globex] = [`acme-${tag}.${TEST_DOMAIN_PARENT}`, `globex-${tag}.${TEST_DOMAIN_PARENT}`];

  beforeAll(async () => {
    // .ci/run installs Debian's ejabberd; a machine without it cannot run this suite.
    expect(ejabberdInstalled(), "apt-get install -y ejabberd erlang-p1-pgsql").toBe(true);
    ej = await startEjabberd({ serverUrl: process.env.DATABASE_URL!, hosts: [] });
    // The console's own configuration points at it, as a deployment's would (read once, on first use).
    process.env.CUSTODIAN_EJABBERD_API_URL = ej.api.url;
    process.env.CUSTODIAN_EJABBERD_INCLUDE_FILE = ej.includeFile;
  }, 90_000);
  afterAll(async () => {
    // The run's database is shared by the other suites: this suite's networks leave no host behind.
    await db.tenant.updateMany({ where: { xmppDomain: { contains: tag } }, data: { xmppDomain: null } });
    await ej?.stop();
  }, 30_000);

  it("adds a network's host at runtime, takes it away while the network is suspended, and keeps its accounts", async () => {
    const ctx = await ctxForUser((await createConsoleUser({ platformOperator: true })).id);
    const base = { plan: "standard" as const, region: "us-east-1" as const };
    const a = await createTenant(ctx, { ...base, name: "Acme", slug: `acme-${tag}`, xmppDomain: acme.toUpperCase() });
    await createTenant(ctx, { ...base, name: "Globex", slug: `globex-${tag}`, xmppDomain: globex });
    await createTenant(ctx, { ...base, name: "Initech", slug: `initech-${tag}` });
    const target = { api: ej.api, includeFile: ej.includeFile };

    const first = await syncEjabberd(target);
    // Only this suite gives networks domains on this run's database, but a rerun on one may find an earlier run's.
    const mine = (hosts: string[]) => hosts.filter((h) => h.includes(tag) || h === "custodian.invalid").sort();
    expect(first).toMatchObject({ removed: [], reloaded: true });
    expect(mine(first.added)).toEqual([acme, globex].sort());
    expect(mine(await callEjabberd<string[]>(ej.api, "registered_vhosts"))).toEqual(
      ["custodian.invalid", acme, globex].sort(),
    );
    // Only what the console owns is in the file: the hosts, under its reserved host.
    const file = JSON.parse(readFileSync(ej.includeFile, "utf8")) as { hosts: string[]; acl: unknown };
    expect(Object.keys(file).sort()).toEqual(["acl", "hosts"]);
    expect(mine(file.hosts)).toEqual(["custodian.invalid", acme, globex].sort());
    expect(file.acl).toEqual({ blocked: { user: ["nobody@custodian.invalid"] } });
    // Nothing changed: the next sync only looks.
    expect(await syncEjabberd(target)).toMatchObject({ added: [], removed: [], blocked: [], reloaded: false });

    await callEjabberd(ej.api, "register", { user: "alice", host: acme, password: "pw-alice" });
    await suspendTenant(ctx, { tenantId: a.id, reason: "unpaid" });
    expect(await syncEjabberd(target)).toMatchObject({ removed: [acme], reloaded: true });
    const refused = await callEjabberd(ej.api, "registered_users", { host: acme }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(EjabberdError);
    expect((refused as EjabberdError).message).toMatch(/Unknown virtual host/);

    await reactivateTenant(ctx, { tenantId: a.id });
    expect(await syncEjabberd(target)).toMatchObject({ added: [acme] });
    expect(await callEjabberd(ej.api, "registered_users", { host: acme })).toEqual(["alice"]);
    expect(await callEjabberd(ej.api, "check_password", { user: "alice", host: acme, password: "pw-alice" })).toBe(0);

    // Each change is in the network's own audit chain, by the connector.
    const events = await db.auditEvent.findMany({
      where: { tenantId: a.id, action: { startsWith: "messaging." } },
      orderBy: { seq: "asc" },
      select: { action: true, actorType: true, targetId: true, outcome: true },
    });
    expect(events).toEqual([
      { action: "messaging.host_added", actorType: "system", targetId: acme, outcome: "success" },
      { action: "messaging.host_removed", actorType: "system", targetId: acme, outcome: "success" },
      { action: "messaging.host_added", actorType: "system", targetId: acme, outcome: "success" },
    ]);
  }, 60_000);

  it("ends a suspended member's every session within 5 seconds, refuses their sign-in, and lets them back with the same password", async () => {
    const ctx = await ctxForUser((await createConsoleUser({ platformOperator: true })).id);
    const domain = `hooli-${tag}.${TEST_DOMAIN_PARENT}`;
    const net = await createTenant(ctx, {
      name: "Hooli",
      slug: `hooli-${tag}`,
      plan: "standard",
      region: "us-east-1",
      xmppDomain: domain,
    });
    const group = await db.securityGroup.findFirstOrThrow({ where: { tenantId: net.id, isDefault: true } });
    const member = await createMemberRow(net.id, group.id, "active");
    const bystander = await createMemberRow(net.id, group.id, "active");
    const target = { api: ej.api, includeFile: ej.includeFile };
    // The connector makes their accounts; the password is the one they would set through their invitation.
    expect((await syncEjabberd(target)).registered).toEqual(
      [member, bystander].map((m) => memberJid(m.email, domain)).sort(),
    );
    for (const m of [member, bystander])
      await callEjabberd(ej.api, "change_password", {
        user: xmppLocalpart(m.email),
        host: domain,
        newpass: `pw-${m.id}`,
      });
    const device = (resource: string, m = member) =>
      signInXmpp({
        port: ej.c2sPort,
        domain,
        username: xmppLocalpart(m.email),
        password: `pw-${m.id}`,
        resource,
        certificate: ej.certificate,
      });
    const [phone, laptop, other] = [await device("phone"), await device("laptop"), await device("desk", bystander)];

    const started = Date.now();
    await suspendMembers(ctx, { tenantId: net.id, memberIds: [member.id] });
    const sync = await syncEjabberd(target);
    expect(sync.blocked).toEqual([memberJid(member.email, domain)]);
    const reasons = await Promise.all([phone.ended, laptop.ended]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(reasons).toEqual(["policy-violation has been kicked", "policy-violation has been kicked"]);
    // Access is refused at sign-in by the access list, not by a wrong password.
    await expect(device("tablet")).rejects.toThrow("sign-in refused: not-allowed");
    // The password is kept and the other member is untouched.
    expect(
      await callEjabberd(ej.api, "check_password", {
        user: xmppLocalpart(member.email),
        host: domain,
        password: `pw-${member.id}`,
      }),
    ).toBe(0);
    expect(await Promise.race([other.ended, new Promise((r) => setTimeout(() => r("still online"), 300))])).toBe(
      "still online",
    );

    await reactivateMembers(ctx, { tenantId: net.id, memberIds: [member.id] });
    expect((await syncEjabberd(target)).unblocked).toEqual([memberJid(member.email, domain)]);
    const back = await device("phone");
    await back.close();
    await other.close();

    const events = await db.auditEvent.findMany({
      where: { tenantId: net.id, action: { in: ["messaging.member_blocked", "messaging.member_unblocked"] } },
      orderBy: { seq: "asc" },
      select: { action: true, targetId: true, actorType: true },
    });
    expect(events).toEqual([
      { action: "messaging.member_blocked", targetId: member.id, actorType: "system" },
      { action: "messaging.member_unblocked", targetId: member.id, actorType: "system" },
    ]);
  }, 60_000);

  it("loses nothing while the server is down: a bulk suspension made meanwhile is applied whole when it returns", async () => {
    const ctx = await ctxForUser((await createConsoleUser({ platformOperator: true })).id);
    const domain = `initech-${tag}.${TEST_DOMAIN_PARENT}`;
    const net = await createTenant(ctx, {
      name: "Initech",
      slug: `initech-bulk-${tag}`,
      plan: "standard",
      region: "us-east-1",
      xmppDomain: domain,
    });
    const group = await db.securityGroup.findFirstOrThrow({ where: { tenantId: net.id, isDefault: true } });
    const members = [];
    for (let i = 0; i < 200; i++) members.push(await createMemberRow(net.id, group.id, "active"));
    const sample = [members[0]!, members[150]!];
    const target = { api: ej.api, includeFile: ej.includeFile };
    expect((await syncEjabberd(target)).registered).toHaveLength(200);
    for (const m of sample)
      await callEjabberd(ej.api, "change_password", {
        user: xmppLocalpart(m.email),
        host: domain,
        newpass: `pw-${m.id}`,
      });

    await suspendMembers(ctx, { tenantId: net.id, memberIds: members.slice(0, 100).map((m) => m.id) });
    expect((await syncEjabberd(target)).blocked).toHaveLength(100);
    // The server goes down in the middle of the bulk suspension: the rest is decided while it is away.
    await ej.halt();
    await suspendMembers(ctx, { tenantId: net.id, memberIds: members.slice(100).map((m) => m.id) });
    await expect(syncEjabberd(target)).rejects.toThrow();
    await ej.resume();

    const back = await syncEjabberd(target);
    expect(back.blocked).toEqual(
      members
        .slice(100)
        .map((m) => memberJid(m.email, domain))
        .sort(),
    );
    const file = JSON.parse(readFileSync(ej.includeFile, "utf8")) as { acl: { blocked: { user: string[] } } };
    expect(members.every((m) => file.acl.blocked.user.includes(memberJid(m.email, domain)))).toBe(true);
    for (const m of sample)
      await expect(
        signInXmpp({
          port: ej.c2sPort,
          domain,
          username: xmppLocalpart(m.email),
          password: `pw-${m.id}`,
          resource: "phone",
          certificate: ej.certificate,
        }),
      ).rejects.toThrow("sign-in refused: not-allowed");
  }, 90_000);

  it("gives an invited member an account, lets them set its password once through their link, follows their name, and removes it when they are deleted but never under a hold", async () => {
    const ctx = await ctxForUser((await createConsoleUser({ platformOperator: true })).id);
    const domain = `umbrella-${tag}.${TEST_DOMAIN_PARENT}`;
    const net = await createTenant(ctx, {
      name: "Umbrella",
      slug: `umbrella-${tag}`,
      plan: "standard",
      region: "us-east-1",
      xmppDomain: domain,
    });
    const target = { api: ej.api, includeFile: ej.includeFile };
    const email = `Dana.O'Neil+${tag}@Umbrella.example`;
    const invited = await inviteMember(ctx, { tenantId: net.id, email, firstName: "Dana", lastName: "O'Neil" });
    const address = memberJid(email, domain);
    expect(address).toBe(`dana.o\\27neil+${tag}\\40umbrella.example@${domain}`);
    // The sync makes the account at once, with a password nobody knows.
    expect((await syncEjabberd(target)).registered).toEqual([address]);
    const user = xmppLocalpart(email);
    expect(await callEjabberd(ej.api, "check_account", { user, host: domain })).toBe(0);
    expect(await callEjabberd(ej.api, "get_vcard", { user, host: domain, name: "FN" })).toEqual({
      content: "Dana O'Neil",
    });

    const link = await getMemberInvitation(ctx, { tenantId: net.id, memberId: invited.id });
    expect(link.address).toBe(address);
    const token = decodeURIComponent(link.path.replace("/join/", ""));
    const request = { ip: "127.0.0.1", userAgent: "vitest" };
    // Bad input names its field; a forged or altered link is no invitation.
    await expect(joinMessaging({ token, password: "short", confirm: "short" }, request, target)).rejects.toMatchObject({
      kind: "validation",
      fieldErrors: { password: ["at least 12 characters"] },
    });
    await expect(
      joinMessaging({ token, password: "correct horse battery", confirm: "correct horse batterx" }, request, target),
    ).rejects.toMatchObject({ fieldErrors: { confirm: ["the two passwords differ"] } });
    await expect(
      joinMessaging(
        { token: `${token.slice(0, -2)}xx`, password: "x".repeat(12), confirm: "x".repeat(12) },
        request,
        target,
      ),
    ).rejects.toMatchObject({ kind: "not_found" });
    // Two tabs send the same link at once: one sets the password, the other is told.
    const password = "correct horse battery";
    const both = await Promise.allSettled([
      joinMessaging({ token, password, confirm: password }, request, target),
      joinMessaging({ token, password: "another one entirely", confirm: "another one entirely" }, request, target),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(both.find((r) => r.status === "rejected")).toMatchObject({
      reason: { kind: expect.stringMatching(/conflict|not_found/) },
    });
    const won = both.findIndex((r) => r.status === "fulfilled");
    const chosen = won === 0 ? password : "another one entirely";
    expect(
      await db.member.findUniqueOrThrow({ where: { tenantId_id: { tenantId: net.id, id: invited.id } } }),
    ).toMatchObject({
      status: "active",
      inviteExpiresAt: null,
    });
    expect(await findMessagingInvite(token)).toBeNull();
    // Nothing of the password is kept by the console.
    const kept = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "AuditEvent" WHERE "tenantId" = $1 AND (changes::text LIKE '%' || $2 || '%')`,
      net.id,
      chosen,
    );
    expect(Number(kept[0]!.n)).toBe(0);

    // The member signs in with the address their link showed and the password they chose, and a message reaches a colleague.
    const colleague = await inviteMember(ctx, { tenantId: net.id, email: `lee-${tag}@umbrella.example` });
    await syncEjabberd(target);
    const colleagueLink = await getMemberInvitation(ctx, { tenantId: net.id, memberId: colleague.id });
    await joinMessaging(
      {
        token: decodeURIComponent(colleagueLink.path.slice(6)),
        password: "lee's own password",
        confirm: "lee's own password",
      },
      request,
      target,
    );
    const signIn = (username: string, pw: string) =>
      signInXmpp({ port: ej.c2sPort, domain, username, password: pw, resource: "phone", certificate: ej.certificate });
    const dana = await signIn(user, chosen);
    const lee = await signIn(xmppLocalpart(`lee-${tag}@umbrella.example`), "lee's own password");
    await dana.send(colleagueLink.address, "hello from dana");
    expect(await lee.nextMessage()).toEqual({ from: `${address}/phone`, body: "hello from dana" });

    // The directory's name (an identity provider's SCIM PATCH) reaches the server.
    const scim = ctxForToken(await createApiTokenRow(net.id, ["scim.provision"]));
    await patchScimUser(scim, {
      tenantId: net.id,
      base: "http://x/scim",
      id: invited.id,
      patch: {
        schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        Operations: [{ op: "replace", path: "displayName", value: "Dana Scully" }],
      },
    });
    expect((await syncEjabberd(target)).renamed).toEqual([address]);
    expect(await callEjabberd(ej.api, "get_vcard", { user, host: domain, name: "FN" })).toEqual({
      content: "Dana Scully",
    });

    // Under a legal hold the member cannot be deleted, so the account (and its archive) stays.
    const hold = await createLegalHold(ctx, { tenantId: net.id, name: "Matter", matter: "M-7", memberEmails: [email] });
    await expect(deleteMembers(ctx, { tenantId: net.id, memberIds: [invited.id] })).rejects.toMatchObject({
      kind: "conflict",
    });
    expect((await syncEjabberd(target)).unregistered).toEqual([]);
    await releaseLegalHold(ctx, { tenantId: net.id, holdId: hold.id, confirmShortening: true });
    await dana.close();
    await deleteMembers(ctx, { tenantId: net.id, memberIds: [invited.id] });
    expect((await syncEjabberd(target)).unregistered).toEqual([address]);
    expect(await callEjabberd(ej.api, "check_account", { user, host: domain })).toBe(1);
    await expect(signIn(user, chosen)).rejects.toThrow("sign-in refused");
    await lee.close();

    const events = await db.auditEvent.findMany({
      where: { tenantId: net.id, targetId: invited.id, action: { startsWith: "m" } },
      orderBy: { seq: "asc" },
      select: { action: true, actorType: true },
    });
    expect(events.map((e) => `${e.action} by ${e.actorType}`)).toEqual([
      "member.invite by console_user",
      "messaging.account_created by system",
      "member.joined by anonymous",
      "member.update by token",
      "member.delete by console_user",
      "messaging.account_removed by system",
    ]);
  }, 90_000);

  it("finds drift: puts back an account the server lost, reports one the console does not know and leaves it, and shows it all on the network's status", async () => {
    const ctx = await ctxForUser((await createConsoleUser({ platformOperator: true })).id);
    const domain = `wayne-${tag}.${TEST_DOMAIN_PARENT}`;
    const net = await createTenant(ctx, {
      name: "Wayne",
      slug: `wayne-${tag}`,
      plan: "standard",
      region: "us-east-1",
      xmppDomain: domain,
    });
    const group = await db.securityGroup.findFirstOrThrow({ where: { tenantId: net.id, isDefault: true } });
    const [kept, lost] = [await createMemberRow(net.id, group.id), await createMemberRow(net.id, group.id)];
    const target = { api: ej.api, includeFile: ej.includeFile };
    // Before the first sync the status says what waits.
    const waiting = await getMessagingStatus(ctx, { tenantId: net.id });
    expect(waiting).toMatchObject({ configured: true, domain, accounts: 0, pending: { accounts: 2 }, outOfSync: true });
    expect(await syncMessagingServer(target)).toBe(true);
    const synced = await getMessagingStatus(ctx, { tenantId: net.id });
    expect(synced).toMatchObject({
      connected: true,
      version: expect.stringMatching(/^23\./),
      accounts: 2,
      pending: { accounts: 0, removals: 0, access: 0, names: 0 },
      lastError: null,
      outOfSync: false,
    });
    expect(synced.lastChange).toMatch(/2 accounts created/);

    // Someone works on the server behind the console's back.
    await callEjabberd(ej.api, "unregister", { user: xmppLocalpart(lost.email), host: domain });
    await callEjabberd(ej.api, "register", { user: "operator", host: domain, password: "operator-pw-1" });
    const done = await reconcileMessaging(ctx, { tenantId: net.id });
    expect(done).toEqual({ findings: 2, reported: 1 });
    const after = await getMessagingStatus(ctx, { tenantId: net.id });
    expect(after.findings).toEqual([
      expect.objectContaining({ kind: "missing_account", subject: memberJid(lost.email, domain), repaired: true }),
      expect.objectContaining({ kind: "unknown_account", subject: `operator@${domain}`, repaired: false }),
    ]);
    expect(after.outOfSync).toBe(true);
    // The lost account is made again; the unknown one is still there.
    expect(await callEjabberd(ej.api, "check_account", { user: xmppLocalpart(lost.email), host: domain })).toBe(0);
    expect(await callEjabberd(ej.api, "check_account", { user: "operator", host: domain })).toBe(0);
    expect(await callEjabberd(ej.api, "check_account", { user: xmppLocalpart(kept.email), host: domain })).toBe(0);
    const drift = await db.auditEvent.findFirstOrThrow({
      where: { tenantId: net.id, action: "messaging.drift_found" },
    });
    expect(drift.changes).toMatchObject({ after: { missing_host: 0, missing_account: 1, unknown_account: 1 } });

    // The server stops answering: the status says so, with the error.
    await ej.halt();
    await suspendMembers(ctx, { tenantId: net.id, memberIds: [kept.id] });
    await expect(syncMessagingServer(target)).rejects.toThrow();
    const down = await getMessagingStatus(ctx, { tenantId: net.id });
    expect(down).toMatchObject({ connected: false, outOfSync: true, pending: { access: 1 } });
    expect(down.lastError).toBeTruthy();
    await ej.resume();
    expect(await syncMessagingServer(target)).toBe(true);
    expect(await getMessagingStatus(ctx, { tenantId: net.id })).toMatchObject({
      connected: true,
      lastError: null,
      pending: { access: 0 },
    });
  }, 90_000);

  it("applies from one replica at a time: while another holds the connector's lock, a sync lets it be", async () => {
    const target = { api: ej.api, includeFile: ej.includeFile };
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const other = db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('custodian.messaging-connector'))`;
        locked();
        await held;
      },
      { timeout: 30_000 },
    );
    await isLocked;
    expect(await syncMessagingServer(target)).toBe(false);
    release();
    await other;
    expect(await syncMessagingServer(target)).toBe(true);
  });

  it("refuses a domain another network has, and one that is not a domain, naming the field", async () => {
    const ctx = await ctxForUser((await createConsoleUser({ platformOperator: true })).id);
    const base = { plan: "standard" as const, region: "us-east-1" as const };
    await expect(
      createTenant(ctx, { ...base, name: "Copy", slug: `copy-${tag}`, xmppDomain: globex }),
    ).rejects.toMatchObject({ kind: "conflict", fieldErrors: { xmppDomain: ["another network uses this domain"] } });
    for (const bad of ["localhost", "-x.test", "a..test", "acme.test/", "xn--.123"])
      await expect(
        createTenant(ctx, { ...base, name: "Bad", slug: `bad-${tag}`, xmppDomain: bad }),
      ).rejects.toMatchObject({ kind: "validation", fieldErrors: { xmppDomain: [expect.stringContaining("domain")] } });
  });
});
