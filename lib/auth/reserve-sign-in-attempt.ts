import { db } from "@/lib/db";

export interface Reservation {
  /** Set when this attempt reached the threshold and locked the account. */
  lockedUntil: Date | null;
}

/**
 * Counts one sign-in attempt against the account before its password is
 * checked, in one conditional UPDATE: concurrent attempts queue on the row, so
 * no more than `threshold` of them are ever checked before the lock holds. The
 * attempt that reaches the threshold locks the account in the same statement
 * (and restarts the count for after the lock). Null when the account is locked:
 * the caller refuses without checking the password.
 */
export async function reserveSignInAttempt(
  userId: string,
  threshold: number,
  lockMinutes: number,
): Promise<Reservation | null> {
  const rows = await db.$queryRaw<{ lockedUntil: Date | null }[]>`
    UPDATE "ConsoleUser" SET
      "failedSignIns" = CASE WHEN "failedSignIns" + 1 >= ${threshold} THEN 0 ELSE "failedSignIns" + 1 END,
      "lockedUntil" = CASE WHEN "failedSignIns" + 1 >= ${threshold}
                           THEN now() + make_interval(mins => ${lockMinutes}::int) ELSE NULL END,
      "updatedAt" = now()
    WHERE id = ${userId}::uuid AND ("lockedUntil" IS NULL OR "lockedUntil" <= now())
    RETURNING "lockedUntil"`;
  return rows[0] ?? null;
}

/**
 * Gives back an attempt that turned out not to be a failure (the password was
 * right and the second factor is still to come), undoing the lock if this
 * attempt set it. A lock that other attempts set is left alone.
 */
export async function releaseSignInAttempt(userId: string, reservation: Reservation, threshold: number) {
  if (reservation.lockedUntil) {
    await db.$executeRaw`
      UPDATE "ConsoleUser" SET "failedSignIns" = ${threshold - 1}, "lockedUntil" = NULL, "updatedAt" = now()
      WHERE id = ${userId}::uuid AND "lockedUntil" = ${reservation.lockedUntil}`;
    return;
  }
  await db.$executeRaw`
    UPDATE "ConsoleUser" SET "failedSignIns" = GREATEST("failedSignIns" - 1, 0), "updatedAt" = now()
    WHERE id = ${userId}::uuid AND "lockedUntil" IS NULL`;
}
