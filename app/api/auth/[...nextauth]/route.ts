import NextAuth from "next-auth";
import { buildAuthOptions } from "@/lib/auth/auth-options";

// Options are built per request: SSO connections are configured in the console,
// so the provider list changes without a restart.
async function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  // next-auth 4 types its handler for the Pages Router; in the App Router it takes
  // the Web Request and the resolved params, which is what it is given here.
  return NextAuth(req as never, { params: await ctx.params } as never, await buildAuthOptions());
}

export { handler as GET, handler as POST };
