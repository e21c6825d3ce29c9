import { db } from "@/lib/db";

/** The SSO buttons on the sign-in page: public by nature (names only). */
export async function listSignInOptions(): Promise<{ id: string; name: string }[]> {
  const rows = await db.ssoConnection.findMany({
    where: { enabled: true },
    select: { slug: true, name: true },
    orderBy: { name: "asc" },
  });
  return rows.map((r) => ({ id: `oidc-${r.slug}`, name: r.name }));
}
