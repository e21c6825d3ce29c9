import { Prisma } from "@/lib/generated/prisma/client";
import type { MemberFilter } from "./member-list-schema";

/** LIKE pattern for a substring, with the user's % and _ taken literally. */
export function containsPattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The SQL conditions of a directory filter, for a query over "Member" m. */
export function memberWhere(tenantId: string, f: MemberFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`m."tenantId" = ${tenantId}::uuid`];
  if (f.q) {
    // Substring (and so prefix) match; the trigram indexes serve both.
    const p = containsPattern(f.q);
    parts.push(Prisma.sql`(m.email ILIKE ${p} OR m."displayName" ILIKE ${p})`);
  }
  if (f.status.length) parts.push(Prisma.sql`m.status::text IN (${Prisma.join(f.status)})`);
  if (f.groupId) parts.push(Prisma.sql`m."groupId" = ${f.groupId}::uuid`);
  const device = Prisma.sql`EXISTS (SELECT 1 FROM "Device" d WHERE d."tenantId" = m."tenantId" AND d."memberId" = m.id AND d.status = 'active')`;
  if (f.hasDevice === "yes") parts.push(device);
  if (f.hasDevice === "no") parts.push(Prisma.sql`NOT ${device}`);
  if (f.seenAfter) parts.push(Prisma.sql`m."lastSeenAt" >= ${f.seenAfter}`);
  if (f.seenBefore) parts.push(Prisma.sql`m."lastSeenAt" < ${f.seenBefore}`);
  return Prisma.join(parts, " AND ");
}
