import type { Provider } from "next-auth/providers/index";
import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { PLATFORM_CHAIN } from "@/lib/audit-chain/audit-actions";
import { openSecret } from "@/lib/crypto/seal-secret";
import { db } from "@/lib/db";
import { grantRole } from "@/lib/console-users/grant-role";
import { revokeRole } from "@/lib/console-users/revoke-role";
import type { Ctx, RequestMeta } from "@/lib/rbac/actor";
import { readGroupsClaim, roleMappingsSchema, rolesForGroups } from "@/lib/sso/sso-mappings";

export const SSO_PROVIDER_PREFIX = "oidc-";

/** One next-auth OIDC provider per enabled SSO connection, read per request. */
export async function buildSsoProviders(): Promise<Provider[]> {
  const connections = await db.ssoConnection.findMany({
    where: { enabled: true },
    omit: { clientSecretEnc: false },
  });
  return connections.map(
    (c) =>
      ({
        id: `${SSO_PROVIDER_PREFIX}${c.slug}`,
        name: c.name,
        type: "oauth",
        wellKnown: `${c.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
        clientId: c.clientId,
        clientSecret: openSecret(c.clientSecretEnc),
        authorization: { params: { scope: "openid email profile groups" } },
        idToken: true,
        checks: ["pkce", "state", "nonce"],
        profile: (p: Record<string, unknown>) => ({
          id: String(p.sub),
          email: typeof p.email === "string" ? p.email : null,
          name: typeof p.name === "string" ? p.name : null,
        }),
      }) as Provider,
  );
}

/** The console user an IdP subject is linked to, for the session after sign-in. */
export async function findSsoUserId(slug: string, subject: string): Promise<string | null> {
  const identity = await db.consoleIdentity.findFirst({
    where: { subject, connection: { slug } },
    select: { userId: true },
  });
  return identity?.userId ?? null;
}

/**
 * Signs an IdP user in: finds the console user linked to (connection, subject),
 * or creates one when none exists and the groups map to at least one role. An
 * existing console account with the same email is never taken over: linking by
 * email alone would let whoever controls an IdP account claim any console user.
 * Grants that came from SSO are brought in line with the groups on every sign-in.
 */
export async function resolveSsoUser(
  slug: string,
  profile: Record<string, unknown>,
  request: RequestMeta,
): Promise<string | null> {
  const connection = await db.ssoConnection.findUnique({ where: { slug } });
  const subject = typeof profile.sub === "string" ? profile.sub : undefined;
  const email = typeof profile.email === "string" ? profile.email.trim().toLowerCase() : undefined;
  const label = email ?? subject ?? "unknown";

  const refuse = async (reason: string, userId?: string) => {
    await db.$transaction((tx) =>
      appendAuditEvent(tx, {
        tenantId: PLATFORM_CHAIN,
        action: "auth.sign_in_failed",
        outcome: "failed",
        actor: { type: "anonymous", label },
        target: userId ? { type: "console_user", id: userId } : undefined,
        request,
        changes: { after: { reason, connection: slug } },
      }),
    );
    return null;
  };

  if (!connection?.enabled) return refuse("sso_connection_disabled");
  if (!subject) return refuse("sso_no_subject");
  const mappings = roleMappingsSchema.safeParse(connection.roleMappings);
  const roles = rolesForGroups(mappings.success ? mappings.data : [], readGroupsClaim(profile, connection.groupsClaim));

  const identity = await db.consoleIdentity.findUnique({
    where: { connectionId_subject: { connectionId: connection.id, subject } },
    include: { user: true },
  });
  if (identity && identity.user.status !== "active") return refuse("inactive", identity.userId);
  if (!identity) {
    if (email && (await db.consoleUser.findUnique({ where: { email }, select: { id: true } }))) {
      return refuse("email_belongs_to_unlinked_account");
    }
    if (roles.size === 0) return refuse("no_mapped_roles");
    if (!email) return refuse("sso_no_email");
  }

  const user =
    identity?.user ??
    (await db.consoleUser.create({
      data: {
        email: email!,
        name: (typeof profile.name === "string" && profile.name) || email!,
        identities: { create: { connectionId: connection.id, subject } },
      },
    }));

  // Grants change through the grant and revoke operations, each recorded in its
  // network's own chain (where that network's admins look), by the sign-in as
  // a system actor. An admin's grant outranks the IdP's and is left alone.
  const before = await db.roleGrant.findMany({ where: { userId: user.id } });
  const sync: Ctx = { actor: { type: "system", label: `sso:${slug} sign-in of ${user.email}` }, request };
  try {
    for (const g of before) {
      if (g.source === "sso" && !roles.has(g.tenantId))
        await revokeRole(sync, { tenantId: g.tenantId, userId: user.id });
    }
    for (const [tenantId, role] of roles) {
      const existing = before.find((g) => g.tenantId === tenantId);
      if (existing?.source === "manual" || existing?.role === role) continue;
      await grantRole(sync, { tenantId, userId: user.id, role });
    }
  } catch (err) {
    await refuse("sso_grants_failed", user.id);
    throw err;
  }
  const after = await db.roleGrant.findMany({ where: { userId: user.id } });

  await db.$transaction((tx) =>
    appendAuditEvent(tx, {
      tenantId: PLATFORM_CHAIN,
      action: "auth.sign_in",
      outcome: "success",
      actor: { type: "console_user", id: user.id, label: user.email },
      request,
      changes: {
        before: { grants: Object.fromEntries(before.map((g) => [g.tenantId, g.role])) },
        after: {
          method: `sso:${slug}`,
          grants: Object.fromEntries(after.map((g) => [g.tenantId, g.role])),
          created: !identity,
        },
      },
    }),
  );
  return user.id;
}
