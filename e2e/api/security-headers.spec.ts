import { expect, test } from "@playwright/test";

test("pages carry a nonce-based CSP and the other security headers", async ({ request }) => {
  const res = await request.get("/sign-in");
  const h = res.headers();
  const csp = h["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"]).toBe("DENY");
  // Plain http on loopback: no HSTS (it is sent behind https).
  expect(h["strict-transport-security"]).toBeUndefined();

  // Every script the page carries is covered by this response's nonce.
  const html = await res.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
});

test("HSTS is sent when the console is reached over https", async ({ request }) => {
  const res = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
  expect(res.headers()["strict-transport-security"]).toContain("max-age=");
});

test("the session cookie is HttpOnly and SameSite", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("operator@custodian.test");
  await page.getByLabel("Password").fill(process.env.CUSTODIAN_DEMO_PASSWORD || "custodian-demo");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name.includes("next-auth.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
