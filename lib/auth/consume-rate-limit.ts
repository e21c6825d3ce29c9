import { db } from "@/lib/db";

/**
 * Counts one hit against `key` in a fixed window and returns whether it is within
 * `limit`. The counter lives in PostgreSQL so every app instance shares it.
 */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number): Promise<boolean> {
  return (await consumeRateLimitWindow(key, limit, windowSeconds)).allowed;
}

/** The same, with what a 429 needs: how many are left, and when the window ends. */
export async function consumeRateLimitWindow(key: string, limit: number, windowSeconds: number) {
  const [row] = await db.$queryRaw<{ count: number; resetIn: number }[]>`
    INSERT INTO "RateLimitWindow" (key, "windowStart", count) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimitWindow"."windowStart" < now() - make_interval(secs => ${windowSeconds}::int)
                   THEN 1 ELSE "RateLimitWindow".count + 1 END,
      "windowStart" = CASE WHEN "RateLimitWindow"."windowStart" < now() - make_interval(secs => ${windowSeconds}::int)
                   THEN now() ELSE "RateLimitWindow"."windowStart" END
    RETURNING count, ceil(extract(epoch FROM "windowStart" + make_interval(secs => ${windowSeconds}::int) - now()))::int AS "resetIn"`;
  const count = row?.count ?? 0;
  return {
    allowed: count <= limit,
    remaining: Math.max(0, limit - count),
    resetIn: Math.max(1, row?.resetIn ?? windowSeconds),
  };
}
