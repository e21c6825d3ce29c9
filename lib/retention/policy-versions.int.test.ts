import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createConsoleUser, createGroupRow, createMemberRow, createTenant, ctxForUser } from "@/lib/testing/factories";
import { listPolicyVersions } from "./list-policy-versions";
import { restorePolicyVersion } from "./restore-policy-version";
import { updateComplianceRetention } from "./update-compliance-retention";
import { updateLifetimeDefaults } from "./update-lifetime-defaults";

describe("retention policy versions", () => {
  it("records every save with its author and diff, and restores an old one as a new version", async () => {
    const tenant = await createTenant();
    const group = await createGroupRow(tenant.id);
    await createMemberRow(tenant.id, group.id);
    const admin = await ctxForUser((await createConsoleUser({ grants: [[tenant.id, "tenant_admin"]] })).id);
    const compliance = await ctxForUser((await createConsoleUser({ grants: [[tenant.id, "compliance_officer"]] })).id);

    await updateLifetimeDefaults(admin, {
      tenantId: tenant.id,
      expirationMaxMinutes: 20_160,
      burnOnReadMaxMinutes: 0,
      confirmShortening: true,
    });
    await updateComplianceRetention(compliance, { tenantId: tenant.id, preset: "sec_17a_4" });
    await updateLifetimeDefaults(admin, { tenantId: tenant.id, expirationMaxMinutes: 40_000, burnOnReadMaxMinutes: 0 });

    // Two per page: version 2's diff is against version 1, which sits on the next page.
    const first = await listPolicyVersions(compliance, { tenantId: tenant.id, limit: 2 });
    expect(first.rows.map((v) => v.version)).toEqual([3, 2]);
    expect(first.rows[1]).toMatchObject({
      diff: { before: { complianceRetentionDays: null }, after: { complianceRetentionDays: 2190 } },
    });
    const second = await listPolicyVersions(compliance, { tenantId: tenant.id, limit: 2, after: first.next! });
    expect(second.rows.map((v) => v.version)).toEqual([1]);
    expect(second.next).toBeNull();
    const back = await listPolicyVersions(compliance, { tenantId: tenant.id, limit: 2, before: second.prev! });
    expect(back.rows.map((v) => v.version)).toEqual([3, 2]);
    expect(back.prev).toBeNull();
    const versions = [...first.rows, ...second.rows];
    expect(versions[2]).toMatchObject({
      expirationMaxMinutes: 20_160,
      diff: { before: { expirationMaxMinutes: 43_200 }, after: { expirationMaxMinutes: 20_160 } },
    });
    expect(versions[1]).toMatchObject({ complianceRetentionDays: 2190, compliancePreset: "sec_17a_4" });

    // Version 1 had the shorter lifetime: restoring it is a shortening and must be confirmed.
    await expect(restorePolicyVersion(compliance, { tenantId: tenant.id, version: 1 })).rejects.toMatchObject({
      fieldErrors: { confirmShortening: [expect.any(String)] },
    });
    expect(
      await restorePolicyVersion(compliance, { tenantId: tenant.id, version: 1, confirmShortening: true }),
    ).toEqual({ version: 4 });
    expect(await db.retentionPolicy.findUniqueOrThrow({ where: { tenantId: tenant.id } })).toMatchObject({
      version: 4,
      expirationMaxMinutes: 20_160,
      complianceRetentionDays: null,
    });
    expect(await db.auditEvent.count({ where: { tenantId: tenant.id, action: "retention.restore" } })).toBe(1);
  });
});
