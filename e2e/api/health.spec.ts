import { expect, test } from "@playwright/test";

test("liveness answers JSON", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  expect(await res.json()).toEqual({ status: "ok" });
});

test("readiness reports a reachable, fully migrated database", async ({ request }) => {
  const res = await request.get("/api/ready");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ready" });
});

test("console pages redirect to sign-in without a session", async ({ request }) => {
  const res = await request.get("/tenants", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()["location"]).toContain("/sign-in");
});
