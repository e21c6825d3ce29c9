// Secrets stay secret: after every operation that handles a password, token,
// TOTP seed, recovery code or OIDC client secret, none of them appears in any
// table (audit log included), in any read an operation returns, or in anything
// the process printed. And the ones kept at rest are encrypted or hashed.
import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { beginTotpEnrolment } from "@/lib/account/begin-totp-enrolment";
import { confirmTotpEnrolment } from "@/lib/account/confirm-totp-enrolment";
import { acceptInvite } from "@/lib/account/accept-invite";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import { totpFor } from "@/lib/auth/totp";
import { inviteConsoleUser } from "@/lib/console-users/invite-console-user";
import { sealSecret } from "@/lib/crypto/seal-secret";
import { SECRET_COLUMNS, db } from "@/lib/db";
import { getSigningKey } from "@/lib/signing/get-signing-key";
import { createSsoConnection } from "@/lib/sso/create-sso-connection";
import { listSsoConnections } from "@/lib/sso/list-sso-connections";
import {
  createApiTokenRow,
  createConsoleUser,
  createSsoConnectionRow,
  createTenant,
  ctxForUser,
} from "@/lib/testing/factories";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";

async function everyTableAsText(): Promise<string> {
  const tables = await db.$queryRaw<
    { tablename: string }[]
  >`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`;
  let out = "";
  for (const { tablename } of tables) {
    const [row] = await db.$queryRawUnsafe<{ t: string | null }[]>(
      `SELECT string_agg(x::text, '\n') AS t FROM "${tablename}" x`,
    );
    out += row?.t ?? "";
  }
  return out;
}

describe("secrets", () => {
  it("never appear in the database, operation results or logs", async () => {
    const printed: string[] = [];
    const capture = (chunk: unknown) => {
      printed.push(String(chunk));
      return true;
    };
    const out = vi.spyOn(process.stdout, "write").mockImplementation(capture);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(capture);
    const logs = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...a) => void printed.push(a.join(" "))),
    );

    const secrets: string[] = [];
    try {
      const tenant = await createTenant();
      const admin = await createConsoleUser({ grants: [[tenant.id, "tenant_admin"]] });
      const ctx = await ctxForUser(admin.id);

      // An invitation, accepted with a password.
      const invite = await inviteConsoleUser(ctx, {
        tenantId: tenant.id,
        email: `inv-${randomBytes(3).toString("hex")}@example.test`,
        name: "Invitee",
        role: "auditor",
      });
      const inviteToken = invite.invitePath!.split("/").pop()!;
      const password = `pw-${randomBytes(12).toString("hex")}`;
      secrets.push(inviteToken, password);
      await acceptInvite({ token: inviteToken, password, confirm: password }, { ip: "127.0.0.1" });

      // TOTP enrolment and a sign-in with password and code.
      const invitee = await ctxForUser(invite.userId);
      const { secret } = await beginTotpEnrolment(invitee, {});
      secrets.push(secret);
      const { recoveryCodes } = await confirmTotpEnrolment(invitee, {
        code: totpFor(secret, "x").generate({ timestamp: Date.now() - 30_000 }),
      });
      secrets.push(...recoveryCodes);
      const email = (await db.consoleUser.findUniqueOrThrow({ where: { id: invite.userId } })).email;
      expect(
        await authenticatePassword({ email, password, code: totpFor(secret, "x").generate() }, { ip: "127.0.0.2" }),
      ).toMatchObject({ ok: true });

      // A machine token and an OIDC connection.
      const { token } = await createApiToken(ctx, {
        tenantId: tenant.id,
        name: "siem",
        scopes: ["audit.read"],
        expiresInDays: 30,
      });
      secrets.push(token);
      const clientSecret = `cs-${randomBytes(16).toString("hex")}`;
      secrets.push(clientSecret);
      const operator = await createConsoleUser({ platformOperator: true });
      const opCtx = await ctxForUser(operator.id);
      await createSsoConnection(opCtx, {
        name: "Acme IdP",
        slug: `acme-${randomBytes(3).toString("hex")}`,
        issuer: "https://idp.example.test",
        clientId: "custodian",
        clientSecret,
        roleMappings: [],
      });

      // Reads return no secret material.
      const reads = JSON.stringify([
        await listApiTokens(ctx, { tenantId: tenant.id }),
        await listSsoConnections(opCtx, {}),
      ]);
      for (const s of secrets) expect(reads).not.toContain(s);
      expect(reads).not.toMatch(/tokenHash|clientSecretEnc|passwordHash|totpSecretEnc/);

      // The database holds none of them in clear, audit log included.
      const everything = await everyTableAsText();
      for (const s of secrets) expect(everything, "a secret is stored in clear").not.toContain(s);
      const audit = JSON.stringify(
        await db.auditEvent.findMany({ where: { tenantId: { in: [tenant.id, "platform"] } } }),
        (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v),
      );
      expect(audit).toContain("[redacted]"); // the client secret field was there, and was redacted

      // At rest: seeds and client secrets are sealed, passwords argon2id, tokens SHA-256.
      const stored = await db.consoleUser.findUniqueOrThrow({
        where: { id: invite.userId },
        omit: { totpSecretEnc: false, passwordHash: false },
      });
      expect(stored.totpSecretEnc).toMatch(/^v1\./);
      expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
      const conn = await db.ssoConnection.findFirstOrThrow({
        where: { clientId: "custodian" },
        orderBy: { createdAt: "desc" },
        omit: { clientSecretEnc: false },
      });
      expect(conn.clientSecretEnc).toMatch(/^v1\./);
    } finally {
      out.mockRestore();
      err.mockRestore();
      logs.forEach((l) => l.mockRestore());
    }
    const printedText = printed.join("\n");
    for (const s of secrets) expect(printedText, "a secret was printed").not.toContain(s);
  });
  it("leaves every secret column out of a default read, and gives it to a caller who names it", async () => {
    const tenant = await createTenant();
    await createConsoleUser({ passwordHash: "$argon2id$probe" });
    await createApiTokenRow(tenant.id, ["audit.read"]);
    await createSsoConnectionRow();
    await getSigningKey();
    await db.memberSsoConfig.create({
      data: {
        tenantId: tenant.id,
        issuer: "https://idp.example.test",
        clientId: "c",
        clientSecretEnc: sealSecret("member-sso-secret"),
        scopes: ["openid"],
        usernameClaim: "email",
      },
    });
    const delegates = db as unknown as Record<
      string,
      { findFirst: (args?: { omit?: Record<string, boolean> }) => Promise<Record<string, unknown> | null> }
    >;
    for (const [model, columns] of Object.entries(SECRET_COLUMNS)) {
      const row = await delegates[model]!.findFirst();
      expect(row, model).not.toBeNull();
      for (const column of Object.keys(columns)) expect(row, `${model}.${column}`).not.toHaveProperty(column);
      const asked = await delegates[model]!.findFirst({
        omit: Object.fromEntries(Object.keys(columns).map((c) => [c, false])),
      });
      for (const column of Object.keys(columns)) expect(asked, `${model}.${column} when asked`).toHaveProperty(column);
    }
  });
});
