// SSO sign-in brings a user's grants in line with their IdP groups through the
// grant and revoke operations, so each change is in its network's own chain.
import { describe, expect, it } from "vitest";
import { grantRole } from "@/lib/console-users/grant-role";
import { sealSecret } from "@/lib/crypto/seal-secret";
import { db } from "@/lib/db";
import { createConsoleUser, createTenant, ctxForUser, tag } from "@/lib/testing/factories";
import { resolveSsoUser } from "./resolve-sso-user";

const request = { ip: "127.0.0.1", userAgent: "vitest" };

const grantsOf = async (userId: string) =>
  Object.fromEntries(
    (await db.roleGrant.findMany({ where: { userId } })).map((g) => [g.tenantId, `${g.role}/${g.source}`]),
  );
const roleEvents = (tenantId: string, userId: string) =>
  db.auditEvent.findMany({
    where: { tenantId, action: { in: ["role.grant", "role.revoke"] }, targetId: userId },
    orderBy: { seq: "asc" },
  });

describe("resolveSsoUser", () => {
  it("grants and revokes through the operations, recorded in each network's chain, and leaves an admin's grant alone", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const slug = `idp-${tag()}`;
    await db.ssoConnection.create({
      data: {
        slug,
        name: "IdP",
        issuer: "https://idp.example.test",
        clientId: "c",
        clientSecretEnc: sealSecret("s"),
        roleMappings: [
          { group: "eng", tenantId: a.id, role: "tenant_admin" },
          { group: "audit", tenantId: b.id, role: "auditor" },
        ],
      },
    });
    const profile = (groups: string[]) => ({ sub: `sub-${slug}`, email: `${slug}@example.test`, name: "Pat", groups });

    // First sign-in: a new account with a role in each mapped network.
    const userId = (await resolveSsoUser(slug, profile(["eng", "audit"]), request))!;
    expect(userId).toBeTruthy();
    expect(await grantsOf(userId)).toEqual({ [a.id]: "tenant_admin/sso", [b.id]: "auditor/sso" });
    for (const [tenant, role] of [
      [a, "tenant_admin"],
      [b, "auditor"],
    ] as const) {
      const events = await roleEvents(tenant.id, userId);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: "role.grant",
        outcome: "success",
        actorType: "system",
        actorLabel: `sso:${slug} sign-in of ${slug}@example.test`,
        targetType: "console_user",
        changes: { before: { role: null }, after: { role, source: "sso" } },
      });
    }

    // Signing in again with the same groups changes nothing and records no grant.
    await resolveSsoUser(slug, profile(["eng", "audit"]), request);
    expect((await roleEvents(a.id, userId)).length + (await roleEvents(b.id, userId)).length).toBe(2);

    // An admin of A sets the role by hand: from then on it is the admin's.
    const admin = await createConsoleUser({ grants: [[a.id, "tenant_admin"]] });
    await grantRole(await ctxForUser(admin.id), { tenantId: a.id, userId, role: "helpdesk" });

    // Out of every group: the IdP's grant in B is revoked, the admin's in A stays.
    await resolveSsoUser(slug, profile([]), request);
    expect(await grantsOf(userId)).toEqual({ [a.id]: "helpdesk/manual" });
    const inB = await roleEvents(b.id, userId);
    expect(inB.map((e) => e.action)).toEqual(["role.grant", "role.revoke"]);
    expect(inB[1]).toMatchObject({
      actorType: "system",
      changes: { before: { role: "auditor" }, after: { role: null } },
    });
    expect((await roleEvents(a.id, userId)).map((e) => e.actorType)).toEqual(["system", "console_user"]);

    // Each sign-in is recorded on the platform chain with the grants before and after.
    const signIns = await db.auditEvent.findMany({
      where: { tenantId: "platform", action: "auth.sign_in", actorId: userId },
      orderBy: { seq: "asc" },
    });
    expect(signIns).toHaveLength(3);
    expect(signIns[2]!.changes).toMatchObject({
      before: { grants: { [a.id]: "helpdesk", [b.id]: "auditor" } },
      after: { method: `sso:${slug}`, grants: { [a.id]: "helpdesk" }, created: false },
    });
  });

  it("keeps the operations' rule that only the IdP's own grants are its to change", async () => {
    const tenant = await createTenant();
    const user = await createConsoleUser({ grants: [[tenant.id, "auditor"]] }); // a manual grant
    const sso = { actor: { type: "system" as const, label: "sso:test" }, request };
    await expect(grantRole(sso, { tenantId: tenant.id, userId: user.id, role: "tenant_admin" })).rejects.toMatchObject({
      kind: "conflict",
    });
    const { revokeRole } = await import("@/lib/console-users/revoke-role");
    await expect(revokeRole(sso, { tenantId: tenant.id, userId: user.id })).rejects.toMatchObject({ kind: "conflict" });
    expect(await grantsOf(user.id)).toEqual({ [tenant.id]: "auditor/manual" });
  });
});
