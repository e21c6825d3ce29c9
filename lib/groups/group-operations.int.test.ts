import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTenant as createTenantOp } from "@/lib/tenants/create-tenant";
import {
  createConsoleUser,
  createGroupRow,
  createMemberRow,
  createTenant,
  ctxForUser,
  tag,
} from "@/lib/testing/factories";
import { deleteGroup } from "./delete-group";
import { moveMembers } from "./move-members";
import { updateGroup } from "./update-group";

async function adminOf(tenantId: string) {
  return ctxForUser((await createConsoleUser({ grants: [[tenantId, "tenant_admin"]] })).id);
}

describe("group operations", () => {
  it("a new network gets exactly one default group", async () => {
    const operator = await ctxForUser((await createConsoleUser({ platformOperator: true })).id);
    const { id } = await createTenantOp(operator, {
      name: "Fresh Co",
      slug: `fresh-${tag()}`,
      plan: "standard",
      region: "us-east-1",
    });
    const groups = await db.securityGroup.findMany({ where: { tenantId: id } });
    expect(groups).toEqual([expect.objectContaining({ name: "Default", isDefault: true })]);
    await expect(
      createTenantOp(operator, { name: "Trial Co", slug: `trial-${tag()}`, plan: "trial", region: "us-east-1" }),
    ).rejects.toMatchObject({
      kind: "validation",
      fieldErrors: { trialEndsAt: ["a trial needs an end date"] },
    });
  });

  it("previews a shortening of the group's lifetime through the precedence function, and needs a confirmation", async () => {
    const tenant = await createTenant();
    const group = await createGroupRow(tenant.id);
    const admin = await adminOf(tenant.id);
    const [plain, tight, held] = [
      await createMemberRow(tenant.id, group.id),
      await createMemberRow(tenant.id, group.id),
      await createMemberRow(tenant.id, group.id),
    ];
    // Already tighter than the new cap: unaffected. Under a hold: kept whatever the group says.
    await db.memberLifetimeException.create({
      data: { tenantId: tenant.id, memberId: tight!.id, expirationMaxMinutes: 30, reason: "" },
    });
    await db.legalHold.create({
      data: { tenantId: tenant.id, name: "H", matter: "M", members: { create: { memberId: held!.id } } },
    });
    const input = {
      tenantId: tenant.id,
      groupId: group.id,
      name: group.name,
      settings: { messaging: { expirationMaxMinutes: 1440 } },
    };
    const refused = await updateGroup(admin, input).catch((e: unknown) => e);
    const impact = JSON.parse(
      (refused as { fieldErrors: { confirmShortening: string[] } }).fieldErrors.confirmShortening[0]!,
    );
    expect(impact).toEqual({ members: 1, groups: 1, shortened: 1, lengthened: 0, sample: [plain!.email] });
    expect(
      (await db.securityGroup.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: group.id } } }))
        .version,
    ).toBe(1);
    await updateGroup(admin, { ...input, confirmShortening: true });
    // Lengthening again is no shortening: saved without asking.
    await expect(
      updateGroup(admin, { ...input, settings: { messaging: { expirationMaxMinutes: 2880 } } }),
    ).resolves.toMatchObject({ changed: true });
    // Turning burn-on-read on is a shortening too.
    await expect(
      updateGroup(admin, {
        ...input,
        settings: { messaging: { expirationMaxMinutes: 2880, burnOnReadMaxMinutes: 60 } },
      }),
    ).rejects.toMatchObject({ fieldErrors: { confirmShortening: [expect.any(String)] } });
  });

  it("an invalid edit saves nothing and names each field", async () => {
    const tenant = await createTenant();
    const group = await createGroupRow(tenant.id);
    const admin = await adminOf(tenant.id);
    const error = await updateGroup(admin, {
      tenantId: tenant.id,
      groupId: group.id,
      name: "",
      settings: {
        messaging: { expirationMaxMinutes: 60, burnOnReadMaxMinutes: 120 },
        calling: { oneToOneCalls: false, video: true },
      },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: "validation",
      fieldErrors: {
        name: ["enter a name"],
        "settings.messaging.burnOnReadMaxMinutes": ["must not exceed the message expiration maximum (60 minutes)"],
        "settings.calling.video": ["video calls need 1:1 calls to be on"],
      },
    });
    expect(
      await db.securityGroup.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: group.id } } }),
    ).toMatchObject({ version: 1, name: group.name });
  });

  it("refuses a save over someone else's newer change", async () => {
    const tenant = await createTenant();
    const group = await createGroupRow(tenant.id);
    const admin = await adminOf(tenant.id);
    await updateGroup(admin, {
      tenantId: tenant.id,
      groupId: group.id,
      name: "First",
      settings: {},
      expectedVersion: 1,
    });
    await expect(
      updateGroup(admin, { tenantId: tenant.id, groupId: group.id, name: "Second", settings: {}, expectedVersion: 1 }),
    ).rejects.toMatchObject({ kind: "conflict" });
  });

  it("deletes a group with members only by moving them, in one transaction", async () => {
    const tenant = await createTenant();
    const doomed = await createGroupRow(tenant.id);
    const keeper = await createGroupRow(tenant.id);
    const m1 = await createMemberRow(tenant.id, doomed.id);
    await createMemberRow(tenant.id, doomed.id);
    const admin = await adminOf(tenant.id);
    await expect(deleteGroup(admin, { tenantId: tenant.id, groupId: doomed.id })).rejects.toMatchObject({
      fieldErrors: { moveMembersTo: ["the group has 2 member(s): choose a group to move them to"] },
    });
    expect(await deleteGroup(admin, { tenantId: tenant.id, groupId: doomed.id, moveMembersTo: keeper.id })).toEqual({
      deleted: true,
      moved: 2,
    });
    expect(
      await db.member.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: m1.id } } }),
    ).toMatchObject({ groupId: keeper.id });
  });

  it("never deletes the default group", async () => {
    const operator = await ctxForUser((await createConsoleUser({ platformOperator: true })).id);
    const { id } = await createTenantOp(operator, {
      name: "Default Co",
      slug: `default-${tag()}`,
      plan: "standard",
      region: "us-east-1",
    });
    const def = await db.securityGroup.findFirstOrThrow({ where: { tenantId: id, isDefault: true } });
    await expect(deleteGroup(operator, { tenantId: id, groupId: def.id })).rejects.toMatchObject({ kind: "conflict" });
  });

  it("moves members in bulk, all or none", async () => {
    const tenant = await createTenant();
    const a = await createGroupRow(tenant.id);
    const b = await createGroupRow(tenant.id);
    const members = await Promise.all([1, 2, 3].map(() => createMemberRow(tenant.id, a.id)));
    const admin = await adminOf(tenant.id);
    const stranger = await createMemberRow((await createTenant()).id, (await createGroupRow(tenant.id)).id).catch(
      () => null,
    );
    expect(stranger).toBeNull(); // a member's group must be in its own tenant
    await expect(
      moveMembers(admin, {
        tenantId: tenant.id,
        groupId: b.id,
        memberIds: [...members.map((m) => m.id), "0195a0c0-0000-7000-8000-000000000099"],
      }),
    ).rejects.toMatchObject({
      kind: "validation",
    });
    expect(await db.member.count({ where: { tenantId: tenant.id, groupId: b.id } })).toBe(0);
    expect(
      await moveMembers(admin, { tenantId: tenant.id, groupId: b.id, memberIds: members.map((m) => m.id) }),
    ).toEqual({ moved: 3 });
  });
});
