import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { authOptions } from "./auth-options";

/** The signed-in console user with their grants, read fresh from the database. */
export const getCurrentUser = cache(async () => {
  const session = (await getServerSession(authOptions)) as { userId?: string } | null;
  if (!session?.userId) return null;
  const user = await db.consoleUser.findUnique({
    where: { id: session.userId },
    include: { roleGrants: { include: { tenant: { select: { id: true, name: true, slug: true } } } } },
  });
  return user?.status === "active" ? user : null;
});

export async function requireCurrentUser() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
