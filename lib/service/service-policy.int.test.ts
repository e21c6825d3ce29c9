import { createPublicKey } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLegalHold } from "@/lib/holds/create-legal-hold";
import { setMemberException } from "@/lib/retention/set-member-exception";
import { updateLifetimeDefaults } from "@/lib/retention/update-lifetime-defaults";
import { verifyDocument, type SignedDocument } from "@/lib/signing/sign-document";
import {
  createApiTokenRow,
  createConsoleUser,
  createGroupRow,
  createMemberRow,
  createTenant,
  ctxForToken,
  ctxForUser,
} from "@/lib/testing/factories";
import { getServicePolicy } from "./get-service-policy";
import { listPolicyChanges } from "./list-policy-changes";

async function setup() {
  const tenant = await createTenant();
  const group = await createGroupRow(tenant.id);
  const [a, b] = [await createMemberRow(tenant.id, group.id), await createMemberRow(tenant.id, group.id)];
  const service = ctxForToken(await createApiTokenRow(tenant.id, ["service.policies.read"]));
  const admin = await ctxForUser((await createConsoleUser({ grants: [[tenant.id, "tenant_admin"]] })).id);
  const compliance = await ctxForUser((await createConsoleUser({ grants: [[tenant.id, "compliance_officer"]] })).id);
  return { tenant, group, a: a!, b: b!, service, admin, compliance };
}

async function drain(ctx: Parameters<typeof listPolicyChanges>[0], tenantId: string, cursor: string, limit = 500) {
  const seen: { cursor: string; action: string; scope: unknown }[] = [];
  for (;;) {
    const page = await listPolicyChanges(ctx, { tenantId, cursor, limit });
    seen.push(...page.changes);
    cursor = page.nextCursor;
    if (!page.hasMore) return { seen, cursor };
  }
}

describe("service policy API", () => {
  it("serves a member's signed effective policy and a feed of the changes that move it", async () => {
    const { tenant, a, b, service, admin, compliance } = await setup();
    const before = await getServicePolicy(service, { tenantId: tenant.id, memberId: a.id });
    const key = await db.signingKey.findUniqueOrThrow({ where: { kid: before.signed.signature.kid } });
    expect(verifyDocument(before.signed as SignedDocument<unknown>, createPublicKey(key.publicKeyPem))).toBe(true);
    expect(before.signed.document).toMatchObject({
      schema: "custodian.effective-policy/v1",
      memberId: a.id,
      expiration: { kind: "expire", minutes: 43_200, source: "tenant" },
      refreshBy: null,
    });

    const start = await listPolicyChanges(service, { tenantId: tenant.id });
    expect(start.changes).toEqual([]);

    await updateLifetimeDefaults(admin, {
      tenantId: tenant.id,
      expirationMaxMinutes: 10_080,
      burnOnReadMaxMinutes: 0,
      confirmShortening: true,
    });
    const endsAt = new Date(Date.now() + 30 * 86_400_000);
    const hold = await createLegalHold(compliance, {
      tenantId: tenant.id,
      name: "Secret matter name",
      matter: "M-9",
      memberEmails: [a.email],
      endsAt,
    });
    await setMemberException(admin, {
      tenantId: tenant.id,
      memberId: b.id,
      expirationMaxMinutes: 60,
      burnOnReadMaxMinutes: null,
      reason: "",
      confirmShortening: true,
    });

    const { seen, cursor } = await drain(service, tenant.id, start.nextCursor);
    expect(seen.map((c) => c.action)).toEqual(["retention.lifetime_update", "hold.create", "retention.exception_set"]);
    expect(seen[0]!.scope).toEqual({ tenant: true, groupIds: [], memberIds: [] });
    expect(seen[1]!.scope).toEqual({ tenant: false, groupIds: [], memberIds: [a.id] });
    expect(seen[2]!.scope).toEqual({ tenant: false, groupIds: [], memberIds: [b.id] });
    // One at a time gives the same changes, none repeated.
    expect((await drain(service, tenant.id, start.nextCursor, 1)).seen).toEqual(seen);
    expect((await listPolicyChanges(service, { tenantId: tenant.id, cursor })).changes).toEqual([]);

    // The hold lifts expiration to "retain", cites the hold by id only, and says when to ask again.
    const held = await getServicePolicy(service, { tenantId: tenant.id, memberId: a.id });
    expect(held.etag).not.toBe(before.etag);
    expect(held.signed.document).toMatchObject({
      expiration: { kind: "retain", reason: "legal_hold", holdIds: [(hold as { id: string }).id] },
      refreshBy: endsAt.toISOString(),
    });
    expect(JSON.stringify(held.signed)).not.toContain("Secret matter name");
    expect((await getServicePolicy(service, { tenantId: tenant.id, memberId: b.id })).signed.document).toMatchObject({
      expiration: { kind: "expire", minutes: 60, source: "member" },
    });
    // Same state, same ETag.
    expect((await getServicePolicy(service, { tenantId: tenant.id, memberId: a.id })).etag).toBe(held.etag);
  });

  it("never skips a change committed while the feed is read, and refuses bad cursors by name", async () => {
    const { tenant, a, b, service, admin } = await setup();
    const start = await listPolicyChanges(service, { tenantId: tenant.id });
    const writes = Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        setMemberException(admin, {
          tenantId: tenant.id,
          memberId: i % 2 ? a.id : b.id,
          expirationMaxMinutes: 100 + i,
          burnOnReadMaxMinutes: null,
          reason: "",
          confirmShortening: true,
        }),
      ),
    );
    const polled: string[] = [];
    let cursor = start.nextCursor;
    let done = false;
    void writes.then(() => (done = true));
    while (!done) {
      const page = await listPolicyChanges(service, { tenantId: tenant.id, cursor, limit: 3 });
      polled.push(...page.changes.map((c) => c.cursor));
      cursor = page.nextCursor;
    }
    polled.push(...(await drain(service, tenant.id, cursor)).seen.map((c) => c.cursor));
    const all = await db.auditEvent.findMany({
      where: { tenantId: tenant.id, action: "retention.exception_set", outcome: "success" },
      orderBy: { seq: "asc" },
    });
    expect(all).toHaveLength(12);
    expect(polled).toEqual(all.map((e) => e.seq.toString()));

    await expect(listPolicyChanges(service, { tenantId: tenant.id, cursor: "abc" })).rejects.toMatchObject({
      fieldErrors: { cursor: [expect.any(String)] },
    });
    await expect(listPolicyChanges(service, { tenantId: tenant.id, cursor: "999999999" })).rejects.toMatchObject({
      fieldErrors: { cursor: [expect.any(String)] },
    });
  });
});
