import { describe, expect, it } from "vitest";
import { PLATFORM_CHAIN } from "@/lib/audit-chain/audit-actions";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db";
import { seedDemo } from "./seed";

describe("the demo seed", () => {
  it("seeds once and is idempotent", async () => {
    const first = await seedDemo();
    const counts = async () => [await db.tenant.count(), await db.consoleUser.count(), await db.auditEvent.count()];
    const before = await counts();
    expect(await seedDemo()).toBe("already seeded");
    expect(await counts()).toEqual(before);
    // Whether this run or an earlier one seeded, the demo data is there.
    expect(["seeded", "already seeded"]).toContain(first);
    expect(await db.tenant.findUnique({ where: { slug: "acme-defense" } })).toMatchObject({
      name: "Acme Defense Systems",
    });
  });

  it("gives every page something to show: tenants in both states, every role, valid audit chains", async () => {
    await seedDemo();
    expect(await db.tenant.count({ where: { status: "suspended" } })).toBeGreaterThan(0);
    const roles = await db.roleGrant.groupBy({ by: ["role"] });
    expect(roles.map((r) => r.role).sort()).toEqual(["auditor", "compliance_officer", "helpdesk", "tenant_admin"]);
    // Only the demo's own chains: other test files tamper with chains on purpose.
    const demoTenants = await db.tenant.findMany({
      where: { slug: { in: ["acme-defense", "northwind-health", "globex-finance", "initech-gov"] } },
    });
    expect(demoTenants).toHaveLength(4);
    for (const tenantId of [PLATFORM_CHAIN, ...demoTenants.map((t) => t.id)]) {
      expect(await verifyAuditChain(db, tenantId)).toMatchObject({ ok: true });
    }
  });
});
