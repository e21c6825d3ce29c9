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
  if (f.joinedAfter) parts.push(Prisma.sql`m."createdAt" >= ${f.joinedAfter}`);
  if (f.joinedBefore) parts.push(Prisma.sql`m."createdAt" < ${f.joinedBefore}`);
  if (f.devicePlatform || f.deviceVersion || f.deviceSeenAfter) {
    const on: Prisma.Sql[] = [Prisma.sql`d."tenantId" = m."tenantId"`, Prisma.sql`d."memberId" = m.id`];
    if (f.devicePlatform) on.push(Prisma.sql`d.platform = ${f.devicePlatform}::"DevicePlatform"`);
    if (f.deviceVersion) on.push(Prisma.sql`d."appVersion" = ${f.deviceVersion}`);
    if (f.deviceSeenAfter) on.push(Prisma.sql`d."lastSeenAt" >= ${f.deviceSeenAfter}`);
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Device" d WHERE ${Prisma.join(on, " AND ")})`);
  }
  if (f.holdId)
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "LegalHold" h WHERE h."tenantId" = m."tenantId" AND h.id = ${f.holdId}::uuid
      AND h."releasedAt" IS NULL AND h."startsAt" <= now() AND (h."endsAt" IS NULL OR h."endsAt" > now())
      AND (EXISTS (SELECT 1 FROM "LegalHoldMember" hm WHERE hm."tenantId" = m."tenantId" AND hm."holdId" = h.id AND hm."memberId" = m.id)
        OR EXISTS (SELECT 1 FROM "LegalHoldGroup" hg WHERE hg."tenantId" = m."tenantId" AND hg."holdId" = h.id AND hg."groupId" = m."groupId")))`);
  return Prisma.join(parts, " AND ");
}
