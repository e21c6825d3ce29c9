import { type DevicePlatform, Prisma } from "@/lib/generated/prisma/client";

/** The device a member was seen on: one they have (its last-seen moves too), or one about to be added. */
export type SeenOn = { id: string } | { platform: DevicePlatform; appVersion: string };

/**
 * Marks a member seen at `at`, and counts them once among the active members
 * of that UTC day, ISO week and month — in all, under their group, and, when
 * the event names a device, under its platform and client version. A period
 * counts the member the first time they are seen in it: for all and for the
 * group when their previous last-seen falls in an earlier period, for a
 * platform (or version) when the last-seen of their devices on it does. So the
 * figures equal "members seen since the period began" in the directory (group:
 * the one they were in when first seen). Events arriving out of order (older
 * than the last-seen) move nothing. The member's row is locked first, so two
 * events of one member cannot both count them.
 */
export async function recordMemberActivity(
  tx: Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">,
  tenantId: string,
  memberId: string,
  at: Date,
  device?: SeenOn | null,
): Promise<void> {
  const [member] = await tx.$queryRaw<{ was: Date | null; groupId: string }[]>`
    SELECT "lastSeenAt" AS was, "groupId" FROM "Member"
     WHERE "tenantId" = ${tenantId}::uuid AND id = ${memberId}::uuid FOR UPDATE`;
  if (!member) return;
  const counted: Prisma.Sql[] = [
    Prisma.sql`('', '', ${member.was}::timestamptz)`,
    Prisma.sql`('group', ${member.groupId}, ${member.was}::timestamptz)`,
  ];
  if (device) {
    const [on] =
      "id" in device
        ? await tx.$queryRaw<{ platform: DevicePlatform; appVersion: string }[]>`
            SELECT platform, "appVersion" FROM "Device"
             WHERE "tenantId" = ${tenantId}::uuid AND id = ${device.id}::uuid AND "memberId" = ${memberId}::uuid`
        : [device];
    if (on) {
      // Read before this event moves the device's last-seen.
      const [prev] = await tx.$queryRaw<{ platform: Date | null; version: Date | null }[]>`
        SELECT max("lastSeenAt") FILTER (WHERE platform = ${on.platform}::"DevicePlatform") AS platform,
               max("lastSeenAt") FILTER (WHERE "appVersion" = ${on.appVersion}) AS version
          FROM "Device" WHERE "tenantId" = ${tenantId}::uuid AND "memberId" = ${memberId}::uuid`;
      counted.push(
        Prisma.sql`('platform', ${on.platform}, ${prev?.platform ?? null}::timestamptz)`,
        Prisma.sql`('version', ${on.appVersion}, ${prev?.version ?? null}::timestamptz)`,
      );
      if ("id" in device)
        await tx.$executeRaw`UPDATE "Device" SET "lastSeenAt" = greatest("lastSeenAt", ${at})
          WHERE "tenantId" = ${tenantId}::uuid AND id = ${device.id}::uuid AND "memberId" = ${memberId}::uuid`;
    }
  }
  await tx.$executeRaw`
    UPDATE "Member" SET "lastSeenAt" = greatest(coalesce("lastSeenAt", ${at}), ${at})
     WHERE "tenantId" = ${tenantId}::uuid AND id = ${memberId}::uuid`;
  await tx.$executeRaw`
    INSERT INTO "ActivityCount" ("tenantId", period, start, dim, key, members)
    SELECT ${tenantId}::uuid, p.period, date_trunc(p.period, ${at}::timestamptz AT TIME ZONE 'UTC')::date, c.dim, c.key, 1
      FROM (VALUES ${Prisma.join(counted)}) c(dim, key, was), (VALUES ('day'), ('week'), ('month')) p(period)
     WHERE c.was IS NULL
        OR date_trunc(p.period, c.was AT TIME ZONE 'UTC') < date_trunc(p.period, ${at}::timestamptz AT TIME ZONE 'UTC')
     ORDER BY 2, 3, 4, 5
    ON CONFLICT ("tenantId", period, start, dim, key) DO UPDATE SET members = "ActivityCount".members + 1`;
}
