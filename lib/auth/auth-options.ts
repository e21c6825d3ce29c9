import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { PLATFORM_CHAIN } from "@/lib/audit-chain/audit-actions";
import { getConfig } from "@/lib/config/read-config";
import { db } from "@/lib/db";
import { createConsoleSession } from "@/lib/sessions/create-console-session";
import { authenticatePassword } from "./authenticate-password";
import { readRequestMeta } from "./read-request-meta";
import { buildSsoProviders, findSsoUserId, resolveSsoUser, SSO_PROVIDER_PREFIX } from "./resolve-sso-user";

type SignedInUser = User & { method?: string };

/**
 * What decoding a session needs (getServerSession, the proxy). The cookie holds
 * a JWT naming the user and their server-side session row; roles, status and
 * revocation are read from the database on every request.
 */
export function baseAuthOptions(): NextAuthOptions {
  const { CUSTODIAN_SESSION_MAX_HOURS } = getConfig();
  return {
    pages: { signIn: "/sign-in", error: "/sign-in" },
    session: { strategy: "jwt", maxAge: CUSTODIAN_SESSION_MAX_HOURS * 3600 },
    providers: [],
    callbacks: {
      async jwt({ token, user, account }) {
        if (user && account) {
          const sso = account.provider.startsWith(SSO_PROVIDER_PREFIX)
            ? account.provider.slice(SSO_PROVIDER_PREFIX.length)
            : null;
          // For SSO, next-auth's user id is the IdP subject; the console user is
          // the one the signIn callback linked to it.
          const userId = sso ? await findSsoUserId(sso, account.providerAccountId) : user.id;
          if (!userId) throw new Error("SSO sign-in without a linked console user");
          const method = sso ? `sso:${sso}` : ((user as SignedInUser).method ?? "password");
          token.sub = userId;
          token.sid = await createConsoleSession(userId, method, await readRequestMeta());
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionId: token.sid };
      },
    },
    events: {
      async signOut({ token }) {
        const sid = token?.sid as string | undefined;
        if (!sid || !token?.sub) return;
        const request = await readRequestMeta();
        await db.$transaction(async (tx) => {
          await tx.consoleSession.updateMany({
            where: { id: sid, revokedAt: null },
            data: { revokedAt: new Date(), revokedReason: "signed out" },
          });
          await appendAuditEvent(tx, {
            tenantId: PLATFORM_CHAIN,
            action: "auth.sign_out",
            outcome: "success",
            actor: { type: "console_user", id: token.sub },
            target: { type: "session", id: sid },
            request,
          });
        });
      },
    },
  };
}

/** The full options for the auth route: password sign-in plus every enabled SSO connection. */
export async function buildAuthOptions(): Promise<NextAuthOptions> {
  const base = baseAuthOptions();
  return {
    ...base,
    providers: [
      CredentialsProvider({
        id: "password",
        name: "Password",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        async authorize(credentials) {
          const result = await authenticatePassword(credentials, await readRequestMeta());
          // next-auth passes a thrown message to the client as `error`; the form
          // uses it to ask for the second factor or to say "slow down".
          if (!result.ok) throw new Error(result.error);
          return { id: result.userId, method: result.method } as SignedInUser;
        },
      }),
      ...(await buildSsoProviders()),
    ],
    callbacks: {
      ...base.callbacks,
      async signIn({ account, profile }) {
        if (!account?.provider.startsWith(SSO_PROVIDER_PREFIX)) return true;
        const slug = account.provider.slice(SSO_PROVIDER_PREFIX.length);
        return !!(await resolveSsoUser(slug, (profile ?? {}) as Record<string, unknown>, await readRequestMeta()));
      },
    },
  };
}
