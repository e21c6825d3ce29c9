import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { OPERATIONS } from "@/lib/operations";
import { createConsoleUser, createTenant } from "@/lib/testing/factories";
import { loadConsoleActor } from "./load-console-actor";

const request = { ip: "127.0.0.1" };

describe("MFA enforcement", () => {
  it("leaves a user without TOTP only their own account when their network requires MFA", async () => {
    const tenant = await createTenant();
    const user = await createConsoleUser({ grants: [[tenant.id, "tenant_admin"]] });
    expect((await loadConsoleActor(user.id))!.mfaPending).toBe(false);

    await db.tenant.update({ where: { id: tenant.id }, data: { requireMfa: true } });
    const loaded = (await loadConsoleActor(user.id))!;
    expect(loaded.mfaPending).toBe(true);
    const ctx = { actor: loaded.actor, request };
    await expect(OPERATIONS.listConsoleUsers(ctx, { tenantId: tenant.id })).rejects.toMatchObject({
      kind: "forbidden",
    });
    await expect(OPERATIONS.beginTotpEnrolment(ctx, {})).resolves.toMatchObject({ secret: expect.any(String) });

    await db.consoleUser.update({ where: { id: user.id }, data: { totpEnabledAt: new Date() } });
    expect((await loadConsoleActor(user.id))!.mfaPending).toBe(false);
  });

  it("applies the platform-wide requirement to everyone", async () => {
    const tenant = await createTenant();
    const user = await createConsoleUser({ grants: [[tenant.id, "auditor"]] });
    await db.platformSetting.upsert({
      where: { id: 1 },
      create: { id: 1, requireMfa: true },
      update: { requireMfa: true },
    });
    try {
      expect((await loadConsoleActor(user.id))!.mfaPending).toBe(true);
    } finally {
      await db.platformSetting.update({ where: { id: 1 }, data: { requireMfa: false } });
    }
  });

  it("refuses deactivated accounts and accounts with no role", async () => {
    const tenant = await createTenant();
    const user = await createConsoleUser({ grants: [[tenant.id, "auditor"]] });
    await db.roleGrant.deleteMany({ where: { userId: user.id } });
    expect(await loadConsoleActor(user.id)).toBeNull();
    const other = await createConsoleUser({ grants: [[tenant.id, "auditor"]] });
    await db.consoleUser.update({ where: { id: other.id }, data: { status: "deactivated" } });
    expect(await loadConsoleActor(other.id)).toBeNull();
  });
});
