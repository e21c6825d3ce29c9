import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  createApiTokenRow,
  createConsoleUser,
  createGroupRow,
  createTenant,
  ctxForUser,
} from "@/lib/testing/factories";
import { acceptPartnership } from "./accept-partnership";
import { suspendPartner } from "./suspend-partner";
import { listFederation } from "./list-federation";
import { requestPartnership } from "./request-partnership";
import { listenerPort, startDecisionListener } from "./serve-decisions";
import { updateFederationSettings } from "./update-federation-settings";

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = await startDecisionListener(0, "127.0.0.1");
  base = `http://127.0.0.1:${listenerPort(server)}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("the decision listener (service port)", () => {
  it("answers as the console does, with a change showing in the very next answer", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    for (const t of [a, b]) await createGroupRow(t.id);
    const adminA = await ctxForUser((await createConsoleUser({ grants: [[a.id, "tenant_admin"]] })).id);
    const adminB = await ctxForUser((await createConsoleUser({ grants: [[b.id, "tenant_admin"]] })).id);
    for (const [ctx, t] of [
      [adminA, a],
      [adminB, b],
    ] as const)
      await updateFederationSettings(ctx, { tenantId: t.id, mode: "restricted", guestLapseDays: 90 });
    const { token } = await createApiTokenRow(a.id, ["service.federation.decide"]);
    const decide = (body: unknown, auth = `Bearer ${token}`) =>
      fetch(`${base}/api/service/v1/federation/decide`, {
        method: "POST",
        headers: { authorization: auth, "content-type": "application/json" },
        body: JSON.stringify(body),
      });

    await requestPartnership(adminA, { tenantId: a.id, partnerSlug: b.slug });
    const incoming = (await listFederation(adminB, { tenantId: b.id })).pending[0]!.id;
    await acceptPartnership(adminB, { tenantId: b.id, partnerId: incoming });
    const allowed = await decide({ target: { slug: b.slug } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toMatchObject({ allow: true, reason: "allowed" });
    await suspendPartner(adminB, { tenantId: b.id, partnerId: incoming });
    expect(await (await decide({ target: { slug: b.slug } })).json()).toMatchObject({
      allow: false,
      reason: "link_suspended",
    });
    const batch = await decide({ decisions: [{ target: { slug: b.slug } }, { target: { slug: "nope-nope" } }] });
    expect(await batch.json()).toMatchObject({
      results: [{ allow: false }, { error: { field: "decisions.1.target.slug" } }],
    });

    // Refusals are the console's: problem+json naming the field, 401 for a bad token.
    const bad = await decide({ memberId: "x", target: { slug: b.slug } });
    expect(bad.status).toBe(422);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect(await bad.json()).toMatchObject({ errors: [{ field: "memberId" }] });
    expect((await decide({ target: { slug: b.slug } }, "Bearer cst_nope")).status).toBe(401);
    const noScope = await createApiTokenRow(a.id, ["groups.read"]);
    expect((await decide({ target: { slug: b.slug } }, `Bearer ${noScope.token}`)).status).toBe(403);
    // A revoked token is refused on the very next call, and the refusal is audited.
    const revokedAt = new Date();
    await db.apiToken.updateMany({
      where: { tenantId: a.id, scopes: { has: "service.federation.decide" } },
      data: { revokedAt },
    });
    expect((await decide({ target: { slug: b.slug } })).status).toBe(401);
    expect(await db.auditEvent.count({ where: { tenantId: a.id, action: "token.denied" } })).toBeGreaterThan(0);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    expect((await fetch(`${base}/tenants`)).status).toBe(404);
  });
});
