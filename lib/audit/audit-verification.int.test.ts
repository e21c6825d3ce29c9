import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/rbac/actor";
import { createTenant } from "@/lib/testing/factories";
import { appendAuditEvents } from "@/lib/audit-chain/append-audit-event";
import { verifyAuditDigests } from "./digests/verify-audit-digests";
import { writeAuditDigest } from "./digests/write-audit-digests";
import { hashAuditEvent } from "@/lib/audit-chain/hash-audit-event";
import { pullAuditEvents } from "./pull-audit-events";
import { verifyAuditChain } from "./verify-audit-chain";

const run = promisify(execFile);
const system: Ctx = { actor: { type: "system", label: "test" }, request: {} };

async function networkWith(events: number) {
  const tenant = await createTenant();
  await db.$transaction((tx) =>
    appendAuditEvents(
      tx,
      tenant.id,
      Array.from({ length: events }, (_, i) => ({
        action: "group.update" as const,
        outcome: "success" as const,
        actor: { type: "system" as const, label: "seed" },
        changes: { after: { i } },
      })),
    ),
  );
  return tenant;
}

describe("tamper evidence", () => {
  it("names the seq of a row changed with SQL, in the chain check and the command line", async () => {
    const tenant = await networkWith(30);
    await db.$executeRaw`UPDATE "AuditEvent" SET "actorLabel" = 'mallory' WHERE "tenantId" = ${tenant.id} AND seq = 17`;
    expect(await verifyAuditChain(db, tenant.id)).toMatchObject({ ok: false, firstBadSeq: 17n });
    const cli = await run("npx", ["tsx", "scripts/verify-audit.ts", "--tenant", tenant.slug]).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect((cli as { code: number }).code).toBe(1);
    expect(cli.stdout).toContain("FAILED chain");
    expect(cli.stdout).toContain("(first bad seq 17)");
  });

  it("passes the command line on an untouched network", async () => {
    const tenant = await networkWith(5);
    await writeAuditDigest(tenant.id);
    const { stdout } = await run("npx", ["tsx", "scripts/verify-audit.ts", "--tenant", tenant.slug]);
    expect(stdout).toMatch(/^OK chain .*: 5 events, seq 1\.\.5$/m);
    expect(stdout).toMatch(/^OK digests .*: 1 signed digests, last at seq 5$/m);
  });

  it("catches with digests a history rewritten with recomputed hashes, which the chain alone cannot", async () => {
    const tenant = await networkWith(20);
    await writeAuditDigest(tenant.id);
    await db.$transaction((tx) =>
      appendAuditEvents(tx, tenant.id, [{ action: "group.update", outcome: "success", actor: { type: "system" } }]),
    );
    await writeAuditDigest(tenant.id);
    expect(await verifyAuditDigests(db, tenant.id)).toMatchObject({ ok: true, digests: 2, lastSeq: 21n });
    // An insider with database access rewrites event 12 and recomputes every hash after it.
    const rows = await db.auditEvent.findMany({
      where: { tenantId: tenant.id, seq: { gte: 12 } },
      orderBy: { seq: "asc" },
    });
    let prev = (await db.auditEvent.findUnique({ where: { tenantId_seq: { tenantId: tenant.id, seq: 11n } } }))!.hash;
    for (const r of rows) {
      const forged = { ...r, prevHash: prev, actorLabel: r.seq === 12n ? "forged" : r.actorLabel };
      const hash = hashAuditEvent(forged);
      await db.auditEvent.update({
        where: { tenantId_seq: { tenantId: tenant.id, seq: r.seq } },
        data: { actorLabel: forged.actorLabel, prevHash: prev, hash },
      });
      prev = hash;
    }
    await db.auditChainHead.update({ where: { tenantId: tenant.id }, data: { hash: prev } });
    expect(await verifyAuditChain(db, tenant.id)).toMatchObject({ ok: true });
    const verdict = await verifyAuditDigests(db, tenant.id);
    expect(verdict).toMatchObject({ ok: false, number: 1, firstBadSeq: 1n });
  });

  it("catches with digests events cut from the end of the log", async () => {
    const tenant = await networkWith(10);
    await writeAuditDigest(tenant.id);
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE "tenantId" = ${tenant.id} AND seq > 7`;
    const last = await db.auditEvent.findUnique({ where: { tenantId_seq: { tenantId: tenant.id, seq: 7n } } });
    await db.auditChainHead.update({ where: { tenantId: tenant.id }, data: { seq: 7n, hash: last!.hash } });
    expect(await verifyAuditChain(db, tenant.id)).toMatchObject({ ok: true, headSeq: 7n });
    expect(await verifyAuditDigests(db, tenant.id)).toMatchObject({ ok: false, firstBadSeq: 8n });
  });

  it("chains each digest to the previous one's signature, and refuses a forged one", async () => {
    const tenant = await networkWith(3);
    const d1 = await writeAuditDigest(tenant.id);
    const d2 = await writeAuditDigest(tenant.id);
    expect(d2?.previousSignature).toBe(d1?.signature);
    expect(d2?.number).toBe(2);
    await db.auditDigest.update({
      where: { tenantId_number: { tenantId: tenant.id, number: 2 } },
      data: { lastSeq: 2n },
    });
    expect(await verifyAuditDigests(db, tenant.id)).toMatchObject({ ok: false, number: 2 });
  });
});

describe("the SIEM pull", () => {
  it("delivers every event exactly once, in seq order, while writers keep appending", async () => {
    const tenant = await networkWith(50);
    const seen: bigint[] = [];
    let cursor: string | undefined;
    let writing = true;
    const writers = Array.from({ length: 6 }, async () => {
      for (let i = 0; i < 25; i++)
        await db.$transaction((tx) =>
          appendAuditEvents(tx, tenant.id, [{ action: "group.update", outcome: "success", actor: { type: "system" } }]),
        );
    });
    const done = Promise.all(writers).then(() => (writing = false));
    for (;;) {
      const page = await pullAuditEvents(system, { tenantId: tenant.id, cursor, limit: 7 });
      seen.push(...page.events.map((e) => e.seq));
      cursor = page.nextCursor;
      if (!writing && !page.hasMore) break;
    }
    await done;
    const rest = await pullAuditEvents(system, { tenantId: tenant.id, cursor, limit: 1000 });
    seen.push(...rest.events.map((e) => e.seq));
    expect(seen.length).toBe(50 + 6 * 25);
    expect(seen).toEqual(Array.from({ length: seen.length }, (_, i) => BigInt(i + 1)));
  });

  it("caps pages at 1,000 and names a bad cursor", async () => {
    const tenant = await networkWith(1);
    await expect(pullAuditEvents(system, { tenantId: tenant.id, limit: 1001 })).rejects.toMatchObject({
      kind: "validation",
      fieldErrors: { limit: ["between 1 and 1,000"] },
    });
    await expect(pullAuditEvents(system, { tenantId: tenant.id, cursor: "99" })).rejects.toMatchObject({
      fieldErrors: { cursor: ["expected a cursor from an earlier answer"] },
    });
  });
});
