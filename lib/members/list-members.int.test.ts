import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createConsoleUser, createGroupRow, createTenant, ctxForUser } from "@/lib/testing/factories";
import { suspendMembers } from "./suspend-members";
import { listMembers } from "./list-members";

async function directory(n: number) {
  const tenant = await createTenant();
  const g1 = await createGroupRow(tenant.id, "Alpha");
  const g2 = await createGroupRow(tenant.id, "Beta");
  await db.member.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      tenantId: tenant.id,
      groupId: i % 2 ? g2.id : g1.id,
      email: `user${String(i).padStart(3, "0")}@corp.example`,
      displayName: `Person ${String(n - i).padStart(3, "0")}`,
      status: i % 5 === 0 ? ("suspended" as const) : ("active" as const),
      lastSeenAt: i % 3 === 0 ? null : new Date(Date.UTC(2026, 0, 1 + (i % 28))),
    })),
  });
  const ctx = await ctxForUser((await createConsoleUser({ grants: [[tenant.id, "tenant_admin"]] })).id);
  return { tenant, ctx, g1, g2 };
}

type Page = Awaited<ReturnType<typeof listMembers>>;

/** Walks every page forwards, then every page back, and returns both orders of ids. */
async function walk(ctx: Awaited<ReturnType<typeof directory>>["ctx"], input: Parameters<typeof listMembers>[1]) {
  const forward: string[] = [];
  let page: Page = await listMembers(ctx, { ...input, pageSize: 10 });
  forward.push(...page.rows.map((r) => r.id));
  while (page.next) {
    page = await listMembers(ctx, { ...input, pageSize: 10, after: page.next });
    forward.push(...page.rows.map((r) => r.id));
  }
  const backward: string[] = [...page.rows.map((r) => r.id)].reverse();
  while (page.prev) {
    page = await listMembers(ctx, { ...input, pageSize: 10, before: page.prev });
    backward.push(...[...page.rows.map((r) => r.id)].reverse());
  }
  return { forward, backward: backward.reverse(), total: page.total };
}

describe("the member directory", () => {
  it.each([
    ["displayName", "asc"],
    ["email", "desc"],
    ["status", "asc"],
    ["group", "desc"],
    ["lastSeenAt", "asc"],
    ["lastSeenAt", "desc"],
  ] as const)("pages by keyset sorted by %s %s: every row once, the same forwards and back", async (sort, dir) => {
    const { tenant, ctx } = await directory(47);
    const { forward, backward, total } = await walk(ctx, { tenantId: tenant.id, sort, dir });
    expect(total).toBe(47);
    expect(new Set(forward).size).toBe(47);
    expect(backward).toEqual(forward);
  });

  it("filters by status, group, search and last seen, and counts what matches", async () => {
    const { tenant, ctx, g2 } = await directory(40);
    const suspended = await listMembers(ctx, { tenantId: tenant.id, status: ["suspended"], pageSize: 100 });
    expect(suspended.total).toBe(8);
    expect(suspended.rows.every((r) => r.status === "suspended")).toBe(true);
    expect((await listMembers(ctx, { tenantId: tenant.id, groupId: g2.id })).total).toBe(20);
    expect((await listMembers(ctx, { tenantId: tenant.id, q: "user01" })).total).toBe(10); // prefix
    expect((await listMembers(ctx, { tenantId: tenant.id, q: "son 03" })).total).toBe(10); // substring of the name
    expect((await listMembers(ctx, { tenantId: tenant.id, q: "100%_" })).total).toBe(0); // wildcards are literal
    const seen = await listMembers(ctx, { tenantId: tenant.id, seenAfter: "2026-01-20", pageSize: 100 });
    expect(seen.rows.every((r) => r.lastSeenAt! >= new Date("2026-01-20"))).toBe(true);
  });

  it("refuses a tampered cursor with a field error", async () => {
    const { tenant, ctx } = await directory(3);
    await expect(listMembers(ctx, { tenantId: tenant.id, after: "bm90LWEtY3Vyc29y" })).rejects.toMatchObject({
      kind: "validation",
      fieldErrors: { after: [expect.any(String)] },
    });
  });

  it("bulk-suspends by filter: one event per member, one for the batch, one sign-out command each", async () => {
    const { tenant, ctx } = await directory(12);
    const result = await suspendMembers(ctx, { tenantId: tenant.id, filter: { q: "user00" } });
    expect(result).toEqual({ changed: 8, skipped: 2 }); // user000 and user005 were suspended already
    expect(
      await db.auditEvent.count({ where: { tenantId: tenant.id, action: "member.suspend", targetType: "member" } }),
    ).toBe(8);
    expect(
      await db.auditEvent.count({
        where: { tenantId: tenant.id, action: "member.suspend", targetType: "member_batch" },
      }),
    ).toBe(1);
    expect(await db.serviceCommand.count({ where: { tenantId: tenant.id, kind: "sign_out" } })).toBe(8);
  });
});
