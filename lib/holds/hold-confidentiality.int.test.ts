// Legal holds are confidential: only a caller who may read holds learns a
// hold's name or matter, or that a member is held at all; anyone else learns
// only that an action is blocked by a legal hold.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getMember } from "@/lib/members/get-member";
import { deleteMembers } from "@/lib/members/delete-members";
import { OPERATIONS, type OperationName } from "@/lib/operations";
import { OperationError } from "@/lib/operation/operation-error";
import { type Ctx, can } from "@/lib/rbac/actor";
import type { TenantPermission } from "@/lib/rbac/permissions";
import { getEffectivePolicy } from "@/lib/retention/get-effective-policy";
import { createApiTokenRow, createConsoleUser, ctxForToken, ctxForUser, tag } from "@/lib/testing/factories";
import type { ExampleIds } from "@/lib/operation/example-ids";
import { PROBES, createProbeFixture } from "@/lib/testing/operation-probes";

let fixture: ExampleIds;
let holdName: string;
let matter: string;
let memberEmail: string;
const as: Partial<Record<"admin" | "compliance" | "auditor" | "helpdesk", Ctx>> = {};

const settle = (p: Promise<unknown>) =>
  p.then(
    (value) => ({ value, error: null as unknown }),
    (error: unknown) => ({ value: null, error }),
  );
// Everything a caller could read from an answer: its value, or its error's message and fields.
const said = (r: { value: unknown; error: unknown }) =>
  JSON.stringify(
    r.error instanceof OperationError
      ? { message: r.error.message, fields: r.error.fieldErrors }
      : r.error
        ? String(r.error)
        : r.value,
    (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v),
  );

beforeAll(async () => {
  fixture = (await createProbeFixture({ a: `Holds A ${tag()}`, b: `Holds B ${tag()}` })).fixture;
  holdName = `Confidential ${tag()}`;
  matter = `MATTER-${tag()}`;
  // One hold names the probe member, another covers its whole group.
  await db.legalHold.create({
    data: {
      tenantId: fixture.tenantId,
      name: holdName,
      matter,
      members: { create: { memberId: fixture.memberId } },
      groups: { create: { groupId: fixture.groupId } },
    },
  });
  const member = await db.member.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: fixture.tenantId, id: fixture.memberId } },
  });
  memberEmail = member.email;
  for (const [key, role] of [
    ["admin", "tenant_admin"],
    ["compliance", "compliance_officer"],
    ["auditor", "auditor"],
    ["helpdesk", "helpdesk"],
  ] as const) {
    const u = await createConsoleUser({ grants: [[fixture.tenantId, role]] });
    as[key] = await ctxForUser(u.id);
  }
});

describe("legal holds on a member", () => {
  it("show on the member to roles that read holds, and not at all to helpdesk", async () => {
    for (const role of ["admin", "compliance", "auditor"] as const) {
      const m = await getMember(as[role]!, { tenantId: fixture.tenantId, memberId: fixture.memberId });
      expect(
        m.holds?.map((h) => [h.name, h.matter]),
        role,
      ).toContainEqual([holdName, matter]);
    }
    const m = await getMember(as.helpdesk!, { tenantId: fixture.tenantId, memberId: fixture.memberId });
    expect(m.email).toBe(memberEmail);
    expect("holds" in m && m.holds !== undefined).toBe(false);
    expect(JSON.stringify(m)).not.toContain(holdName);
  });

  it("give the reason for retention by name only to those who read holds", async () => {
    const input = { tenantId: fixture.tenantId, memberId: fixture.memberId };
    const policy = await getEffectivePolicy(as.auditor!, input);
    expect(policy.expiration).toMatchObject({ kind: "retain", reason: "legal_hold" });
    expect(policy.expiration.kind === "retain" && policy.expiration.holds).toContain(holdName);
    // Retention is not helpdesk's to read (it would show that a hold applies).
    await expect(getEffectivePolicy(as.helpdesk!, input)).rejects.toMatchObject({ kind: "forbidden" });
    // A token that reads retention but not holds learns why messages are kept, not which hold.
    const token = ctxForToken(await createApiTokenRow(fixture.tenantId, ["retention.read"]));
    const seen = await getEffectivePolicy(token, input);
    expect(seen.expiration).toEqual({ kind: "retain", reason: "legal_hold", holds: [] });
    expect(JSON.stringify(seen)).not.toContain(holdName);
  });
});

describe("a refused deletion", () => {
  const refusal = async (ctx: Ctx) => {
    const error = await deleteMembers(ctx, { tenantId: fixture.tenantId, memberIds: [fixture.memberId] }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OperationError);
    expect((error as OperationError).kind).toBe("conflict");
    expect(await db.member.count({ where: { tenantId: fixture.tenantId, id: fixture.memberId } })).toBe(1);
    return (error as OperationError).message;
  };

  it("names the held members and their holds to a caller who may read holds", async () => {
    const message = await refusal(as.admin!);
    expect(message).toBe(
      `A member is under legal hold and cannot be deleted: ${memberEmail} — “${holdName}” (${matter}). Release the hold first, or leave them out.`,
    );
  });

  it("names the held members, not the hold, to a caller who reads members but not holds", async () => {
    const token = ctxForToken(await createApiTokenRow(fixture.tenantId, ["members.delete", "members.read"]));
    const message = await refusal(token);
    expect(message).toBe(`A member is under a legal hold and cannot be deleted: ${memberEmail}. Leave them out.`);
  });

  it("says only that a legal hold blocks it to a caller who reads neither", async () => {
    const token = ctxForToken(await createApiTokenRow(fixture.tenantId, ["members.delete"]));
    expect(await refusal(token)).toBe("A member is under a legal hold and cannot be deleted.");
  });

  it("names at most ten members, and counts the rest", async () => {
    const extra = await Promise.all(
      Array.from({ length: 11 }, (_, i) =>
        db.member.create({
          data: {
            tenantId: fixture.tenantId,
            groupId: fixture.groupId,
            email: `held-${i}-${tag()}@example.test`,
            displayName: `Held ${i}`,
          },
        }),
      ),
    );
    const error = await deleteMembers(as.admin!, {
      tenantId: fixture.tenantId,
      memberIds: extra.map((m) => m.id),
    }).then(
      () => null,
      (e: unknown) => e as OperationError,
    );
    expect(error?.message).toMatch(/^11 members are under legal hold and cannot be deleted: /);
    expect(error?.message).toContain(" and 1 more. Release the hold first, or leave them out.");
    expect(error?.message.split("—")).toHaveLength(11);
  });
});

describe("helpdesk, everywhere it may go", () => {
  it("never learns a hold's name or matter from any operation it may call", async () => {
    const helpdesk = as.helpdesk!;
    const reachable = (Object.keys(OPERATIONS) as OperationName[]).filter((name) => {
      const p = OPERATIONS[name].spec.permission;
      return p === "signed_in" || can(helpdesk.actor, p as TenantPermission, fixture.tenantId);
    });
    // Helpdesk reads members and groups, so the member's page and the directory are among them.
    expect(reachable).toEqual(expect.arrayContaining(["getMember", "listMembers", "getDashboard", "listGroups"]));
    const leaks: string[] = [];
    for (const name of reachable) {
      const op = OPERATIONS[name] as unknown as (ctx: Ctx, raw: unknown) => Promise<unknown>;
      const text = said(await settle(op(helpdesk, PROBES[name](fixture))));
      if (text.includes(holdName) || text.includes(matter)) leaks.push(name);
    }
    expect(leaks).toEqual([]);
  });
});
