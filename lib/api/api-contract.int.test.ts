// The admin API's contract behaviour, through its real door: rate limits per
// token, Idempotency-Key, and If-Match on updates.
process.env.CUSTODIAN_API_RATE_LIMIT = "40";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiTokenRow, createGroupRow, createTenant } from "@/lib/testing/factories";
import { TOKEN_SCOPES } from "@/lib/rbac/permissions";
import { dispatchApi } from "./dispatch-api";

async function call(token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const request = new Request(`http://console.test/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return dispatchApi(request, { params: Promise.resolve({}) });
}

async function network() {
  const tenant = await createTenant();
  await createGroupRow(tenant.id, "Default");
  const token = await createApiTokenRow(tenant.id, [...TOKEN_SCOPES]);
  return { tenant, token: token.token };
}

describe("the admin API's contract", () => {
  it("creates once per Idempotency-Key, replays the first answer, and refuses the key for another request", async () => {
    const { tenant, token } = await network();
    const key = { "idempotency-key": `k-${tenant.id}` };
    const first = await call(token, "POST", `/tenants/${tenant.id}/groups`, { name: "Field team" }, key);
    expect(first.status).toBe(200);
    const again = await call(token, "POST", `/tenants/${tenant.id}/groups`, { name: "Field team" }, key);
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.text()).toBe(await first.text());
    expect(await db.securityGroup.count({ where: { tenantId: tenant.id, name: "Field team" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { tenantId: tenant.id, action: "group.create" } })).toBe(1);
    const other = await call(token, "POST", `/tenants/${tenant.id}/groups`, { name: "Other" }, key);
    expect(other.status).toBe(422);
    expect(JSON.stringify(await other.json())).toContain('"field":"Idempotency-Key"');
    // A failure is an answer too: repeated, not retried.
    const badKey = { "idempotency-key": `bad-${tenant.id}` };
    const bad = await call(token, "POST", `/tenants/${tenant.id}/groups`, { name: "" }, badKey);
    const badAgain = await call(token, "POST", `/tenants/${tenant.id}/groups`, { name: "" }, badKey);
    expect([bad.status, badAgain.status]).toEqual([422, 422]);
    expect(badAgain.headers.get("idempotent-replayed")).toBe("true");
  });

  it("refuses an update whose If-Match is stale with 412, and applies one that matches", async () => {
    const { tenant, token } = await network();
    const read = await call(token, "GET", `/tenants/${tenant.id}/federation`);
    const etag = read.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const ok = await call(
      token,
      "PUT",
      `/tenants/${tenant.id}/federation/settings`,
      { mode: "open", guestLapseDays: 30 },
      { "if-match": etag },
    );
    expect(ok.status, await ok.clone().text()).toBe(200);
    // The same ETag again: someone (we) changed it since.
    const lost = await call(
      token,
      "PUT",
      `/tenants/${tenant.id}/federation/settings`,
      { mode: "off", guestLapseDays: 30 },
      { "if-match": etag },
    );
    expect(lost.status).toBe(412);
    expect(lost.headers.get("content-type")).toContain("application/problem+json");
    expect((await db.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).federationMode).toBe("open");
  });

  it("lets only one of several concurrent updates sent with the same ETag through", async () => {
    const { tenant, token } = await network();
    const etag = (await call(token, "GET", `/tenants/${tenant.id}/retention`)).headers.get("etag")!;
    // Two different routes that change the one retention policy, five at once.
    const answers = await Promise.all(
      [43_000, 42_000, 41_000, 40_000]
        .map((minutes) =>
          call(
            token,
            "PUT",
            `/tenants/${tenant.id}/retention/lifetime`,
            { expirationMaxMinutes: minutes, burnOnReadMaxMinutes: 0, confirmShortening: true },
            { "if-match": etag },
          ),
        )
        .concat(
          call(
            token,
            "PUT",
            `/tenants/${tenant.id}/retention/compliance`,
            { preset: "finra_4511" },
            { "if-match": etag },
          ),
        ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412, 412, 412, 412]);
    expect(await db.retentionPolicyVersion.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it("answers 429 with Retry-After once a token has used its requests for the minute", async () => {
    const { tenant, token } = await network();
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 42; i++) {
      last = await call(token, "GET", `/tenants/${tenant.id}/groups`);
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(40)).toEqual([429, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last!.headers.get("content-type")).toContain("application/problem+json");
    // Another token has its own allowance.
    const other = await createApiTokenRow(tenant.id, ["groups.read"]);
    expect((await call(other.token, "GET", `/tenants/${tenant.id}/groups`)).status).toBe(200);
  });
});
