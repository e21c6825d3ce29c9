// Test factories: each test makes the rows it needs, tagged so that tests never
// depend on what another one left behind.
import { randomBytes, randomUUID } from "node:crypto";
import { loadConsoleActor } from "@/lib/auth/load-console-actor";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/rbac/actor";
import type { TenantPermission, TenantRole } from "@/lib/rbac/permissions";
import { newApiToken } from "@/lib/tokens/token-format";

export const tag = () => randomBytes(4).toString("hex");

export async function createTenant(name = `Tenant ${tag()}`) {
  return db.tenant.create({ data: { name, slug: `t-${tag()}-${tag()}` } });
}

export async function createConsoleUser(
  opts: { grants?: [string, TenantRole][]; platformOperator?: boolean; passwordHash?: string } = {},
) {
  return db.consoleUser.create({
    data: {
      email: `user-${tag()}@example.test`,
      name: `User ${tag()}`,
      isPlatformOperator: !!opts.platformOperator,
      passwordHash: opts.passwordHash ?? null,
      roleGrants: { create: (opts.grants ?? []).map(([tenantId, role]) => ({ tenantId, role })) },
    },
  });
}

export async function createSession(userId: string) {
  return db.consoleSession.create({
    data: { userId, method: "password", expiresAt: new Date(Date.now() + 3_600_000) },
  });
}

export async function createApiTokenRow(tenantId: string, scopes: TenantPermission[]) {
  const t = newApiToken();
  const row = await db.apiToken.create({
    data: {
      tenantId,
      name: `token ${tag()}`,
      prefix: t.prefix,
      tokenHash: t.hash,
      scopes,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return { ...row, token: t.token };
}

const request = { ip: "127.0.0.1", userAgent: "vitest", requestId: randomUUID() };

/** An operation context for a console user, built exactly as a signed-in request builds it. */
export async function ctxForUser(userId: string): Promise<Ctx> {
  const loaded = await loadConsoleActor(userId);
  if (!loaded) throw new Error(`user ${userId} may not act`);
  return { actor: loaded.actor, request };
}

export function ctxForToken(token: { id: string; tenantId: string; name: string; scopes: string[] }): Ctx {
  return {
    actor: {
      type: "token",
      id: token.id,
      tenantId: token.tenantId,
      name: token.name,
      scopes: new Set(token.scopes as TenantPermission[]),
    },
    request,
  };
}

export async function createSsoConnectionRow() {
  const { sealSecret } = await import("@/lib/crypto/seal-secret");
  return db.ssoConnection.create({
    data: {
      slug: `idp-${tag()}`,
      name: `IdP ${tag()}`,
      issuer: "https://idp.example.test",
      clientId: "client",
      clientSecretEnc: sealSecret("client-secret"),
      roleMappings: [],
    },
  });
}

export async function createGroupRow(tenantId: string, name = `Group ${tag()}`) {
  return db.securityGroup.create({ data: { tenantId, name, settings: {} } });
}

export async function createMemberRow(
  tenantId: string,
  groupId: string,
  status: "active" | "pending" | "suspended" | "deactivated" = "active",
) {
  const t = tag();
  return db.member.create({
    data: {
      tenantId,
      groupId,
      email: `member-${t}@example.test`,
      firstName: "Member",
      lastName: t,
      displayName: `Member ${t}`,
      status,
    },
  });
}
