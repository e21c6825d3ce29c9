import { db } from "@/lib/db";

/**
 * Counts one hit against `key` in a fixed window and returns whether it is within
 * `limit`. The counter lives in PostgreSQL so every app instance shares it.
 */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number): Promise<boolean> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" (key, "windowStart", count) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimitWindow"."windowStart" < now() - make_interval(secs => ${windowSeconds}::int)
                   THEN 1 ELSE "RateLimitWindow".count + 1 END,
      "windowStart" = CASE WHEN "RateLimitWindow"."windowStart" < now() - make_interval(secs => ${windowSeconds}::int)
                   THEN now() ELSE "RateLimitWindow"."windowStart" END
    RETURNING count`;
  return (row?.count ?? 0) <= limit;
}
