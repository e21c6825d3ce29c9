import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listGuests } from "@/lib/federation/list-guests";
import { listGroups } from "@/lib/groups/list-groups";
import { createConsoleUser, createGroupRow, createTenant, ctxForUser } from "@/lib/testing/factories";

/** Every page forward with `next`, then every page back with `prev`, as lists of ids. */
async function walk<T extends { id: string }>(
  list: (page: { after?: string; before?: string }) => Promise<{ rows: T[]; next: string | null; prev: string | null }>,
) {
  const forward: string[][] = [];
  let page = await list({});
  expect(page.prev).toBeNull();
  forward.push(page.rows.map((r) => r.id));
  while (page.next) {
    page = await list({ after: page.next });
    forward.push(page.rows.map((r) => r.id));
  }
  const backward: string[][] = [];
  while (page.prev) {
    page = await list({ before: page.prev });
    backward.unshift(page.rows.map((r) => r.id));
  }
  return { forward, backward: [...backward, forward[forward.length - 1]!] };
}

describe("keyset pages", () => {
  it("walk a boolean-then-name order both ways, each row once, and keep going when rows are added meanwhile", async () => {
    const tenant = await createTenant();
    const admin = await ctxForUser((await createConsoleUser({ grants: [[tenant.id, "tenant_admin"]] })).id);
    await db.securityGroup.create({ data: { tenantId: tenant.id, name: "Default", isDefault: true, settings: {} } });
    // Same-name groups need the id tie-break to have one place each.
    for (const name of ["Ops", "Berlin", "Ops 2", "Audit", "Zeta", "Berlin 2", "Legal"])
      await createGroupRow(tenant.id, name);
    const all = await db.securityGroup.findMany({
      where: { tenantId: tenant.id },
      orderBy: [{ isDefault: "desc" }, { name: "asc" }, { id: "asc" }],
    });
    const list = (p: { after?: string; before?: string }) => listGroups(admin, { tenantId: tenant.id, limit: 3, ...p });
    const { forward, backward } = await walk(list);
    expect(forward.flat()).toEqual(all.map((g) => g.id));
    expect(forward[0]![0]).toBe(all.find((g) => g.isDefault)!.id);
    expect(backward).toEqual(forward);

    // A group that sorts before the cursor, added between pages, is not shown again nor shifts the next page.
    const first = await list({});
    await createGroupRow(tenant.id, "Aardvark");
    const second = await list({ after: first.next! });
    expect(second.rows.map((g) => g.id)).toEqual(all.slice(3, 6).map((g) => g.id));
  });

  it("walk a mixed order (newest contact first, then id ascending) and refuse a forged cursor by field", async () => {
    const tenant = await createTenant();
    const admin = await ctxForUser((await createConsoleUser({ grants: [[tenant.id, "tenant_admin"]] })).id);
    const at = (m: number) => new Date(Date.UTC(2026, 10, 1, 12, m));
    // Three guests share one instant, so the id decides among them.
    const minutes = [5, 5, 5, 1, 9, 3, 9];
    await db.guest.createMany({
      data: minutes.map((m, i) => ({
        tenantId: tenant.id,
        externalId: `g${i}`,
        network: "partner.example",
        lastContactAt: at(m),
      })),
    });
    const all = await db.guest.findMany({
      where: { tenantId: tenant.id },
      orderBy: [{ lastContactAt: "desc" }, { id: "asc" }],
    });
    const list = (p: { after?: string; before?: string }) => listGuests(admin, { tenantId: tenant.id, limit: 2, ...p });
    const { forward, backward } = await walk(list);
    expect(forward.flat()).toEqual(all.map((g) => g.id));
    expect(backward).toEqual(forward);

    const forged = Buffer.from(JSON.stringify(["yesterday", "x"])).toString("base64url");
    await expect(listGuests(admin, { tenantId: tenant.id, after: forged })).rejects.toMatchObject({
      kind: "validation",
      fieldErrors: { after: [expect.stringContaining("cursor")] },
    });
    await expect(listGuests(admin, { tenantId: tenant.id, before: "%%%" })).rejects.toMatchObject({
      fieldErrors: { before: [expect.any(String)] },
    });
  });
});
