import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { type EjabberdInstance, ejabberdInstalled, startEjabberd } from "@/lib/testing/ejabberd-instance";
import { createConsoleUser, ctxForUser } from "@/lib/testing/factories";
import { createTenant } from "@/lib/tenants/create-tenant";
import { reactivateTenant } from "@/lib/tenants/reactivate-tenant";
import { suspendTenant } from "@/lib/tenants/suspend-tenant";
import { callEjabberd, EjabberdError } from "./call-ejabberd";
import { syncEjabberdHosts } from "./sync-ejabberd-hosts";

// A real ejabberd (Debian's 23.01) on its own loopback ports, driven by the connector.
describe("networks as ejabberd virtual hosts", () => {
  let ej: EjabberdInstance;
  const tag = randomBytes(3).toString("hex");
  const [acme, globex] = [`acme-${tag}.test`, `globex-${tag}.test`];

  beforeAll(async () => {
    // .ci/run installs Debian's ejabberd; a machine without it cannot run this suite.
    expect(ejabberdInstalled(), "apt-get install -y ejabberd erlang-p1-pgsql").toBe(true);
    ej = await startEjabberd({ serverUrl: process.env.DATABASE_URL!, hosts: [] });
  }, 90_000);
  afterAll(async () => {
    await ej?.stop();
  }, 30_000);

  it("adds a network's host at runtime, takes it away while the network is suspended, and keeps its accounts", async () => {
    const ctx = await ctxForUser((await createConsoleUser({ platformOperator: true })).id);
    const base = { plan: "standard" as const, region: "us-east-1" as const };
    const a = await createTenant(ctx, { ...base, name: "Acme", slug: `acme-${tag}`, xmppDomain: acme.toUpperCase() });
    await createTenant(ctx, { ...base, name: "Globex", slug: `globex-${tag}`, xmppDomain: globex });
    await createTenant(ctx, { ...base, name: "Initech", slug: `initech-${tag}` });
    const target = { api: ej.api, includeFile: ej.includeFile };

    const first = await syncEjabberdHosts(target);
    expect(first).toMatchObject({ added: [acme, globex].sort(), removed: [], reloaded: true });
    expect((await callEjabberd<string[]>(ej.api, "registered_vhosts")).sort()).toEqual(
      ["custodian.invalid", acme, globex].sort(),
    );
    // Only what the console owns is in the file: the hosts, under its reserved host.
    expect(JSON.parse(readFileSync(ej.includeFile, "utf8"))).toEqual({
      hosts: ["custodian.invalid", acme, globex].sort(),
    });
    // Nothing changed: the next sync only looks.
    expect(await syncEjabberdHosts(target)).toMatchObject({ added: [], removed: [], reloaded: false });

    await callEjabberd(ej.api, "register", { user: "alice", host: acme, password: "pw-alice" });
    await suspendTenant(ctx, { tenantId: a.id, reason: "unpaid" });
    expect(await syncEjabberdHosts(target)).toMatchObject({ removed: [acme], reloaded: true });
    const refused = await callEjabberd(ej.api, "registered_users", { host: acme }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(EjabberdError);
    expect((refused as EjabberdError).message).toMatch(/Unknown virtual host/);

    await reactivateTenant(ctx, { tenantId: a.id });
    expect(await syncEjabberdHosts(target)).toMatchObject({ added: [acme] });
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
