import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticatePassword } from "./authenticate-password";

function header(headers: unknown, name: string): string | undefined {
  const h = headers as Record<string, string | string[] | undefined> | undefined;
  const v = h?.[name];
  return Array.isArray(v) ? v[0] : v;
}

export const authOptions: NextAuthOptions = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  providers: [
    CredentialsProvider({
      id: "password",
      name: "Password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const userId = await authenticatePassword(credentials, {
          ip: header(req.headers, "x-forwarded-for")?.split(",")[0]?.trim(),
          userAgent: header(req.headers, "user-agent"),
        });
        return userId ? { id: userId } : null;
      },
    }),
  ],
  callbacks: {
    // The token carries only the user id. Roles and status are read from the
    // database on every request, never trusted from the token.
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
};
