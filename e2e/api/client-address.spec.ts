import { expect, test } from "@playwright/test";
import { createUser, e2eDb } from "../fixtures/factories";

// The console runs with no trusted proxy (CUSTODIAN_TRUSTED_PROXIES unset): the
// address that keys the per-address sign-in limit and goes into the audit log is
// the socket's peer, whatever the client writes in its headers.
test("a sign-in cannot choose its own address with X-Forwarded-For or the internal header", async ({ request }) => {
  const user = await createUser("auditor");
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const attempt = await request.post("/api/auth/callback/password", {
    headers: {
      "x-forwarded-for": "203.0.113.66",
      "x-custodian-client-address": "203.0.113.99",
      "x-real-ip": "203.0.113.77",
    },
    form: { email: user.email, password: "wrong", csrfToken, json: "true" },
    maxRedirects: 0,
  });
  expect(attempt.status()).toBeLessThan(500);

  const event = await e2eDb().auditEvent.findFirstOrThrow({
    where: { tenantId: "platform", action: "auth.sign_in_failed", targetId: user.id },
  });
  expect(["127.0.0.1", "::1"]).toContain(event.ip);
});
