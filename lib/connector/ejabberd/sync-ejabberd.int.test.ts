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
import { createConsoleUser, createMemberRow, ctxForUser } from "@/lib/testing/factories";
import { signInXmpp } from "@/lib/testing/xmpp-client";
import { reactivateMembers } from "@/lib/members/reactivate-members";
import { suspendMembers } from "@/lib/members/suspend-members";
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
    await syncEjabberd(target);
    // The account a member's invitation makes (the connector's provisioning is its next step): signed in with the email.
    for (const m of [member, bystander])
      await callEjabberd(ej.api, "register", { user: xmppLocalpart(m.email), host: domain, password: `pw-${m.id}` });
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
    await syncEjabberd(target);
    for (const m of sample)
      await callEjabberd(ej.api, "register", { user: xmppLocalpart(m.email), host: domain, password: `pw-${m.id}` });

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
