import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Records that a member talked to a guest at `at`: creates the guest, or moves
 * their last contact forward and first sighting back (never the other way:
 * events may arrive out of order), and keeps a known name over an empty one.
 */
export async function upsertGuestContact(
  tx: Prisma.TransactionClient,
  tenantId: string,
  c: { guestId: string; network: string; displayName: string; at: Date },
) {
  await tx.$executeRaw`
    INSERT INTO "Guest" ("tenantId", id, "externalId", network, "displayName", "firstSeenAt", "lastContactAt")
    VALUES (${tenantId}::uuid, gen_random_uuid(), ${c.guestId}, ${c.network}, ${c.displayName}, ${c.at}, ${c.at})
    ON CONFLICT ("tenantId", "externalId") DO UPDATE SET
      "lastContactAt" = greatest("Guest"."lastContactAt", EXCLUDED."lastContactAt"),
      "firstSeenAt" = least("Guest"."firstSeenAt", EXCLUDED."firstSeenAt"),
      "displayName" = CASE WHEN EXCLUDED."displayName" <> '' THEN EXCLUDED."displayName" ELSE "Guest"."displayName" END,
      network = EXCLUDED.network`;
}
