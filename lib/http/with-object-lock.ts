import pg from "pg";

// A few connections of their own: a session advisory lock must be held on one
// connection across the If-Match check and the update, which run as separate
// transactions on the ORM's pool.
const g = globalThis as unknown as { custodianObjectLockPool?: pg.Pool };
function lockPool(): pg.Pool {
  g.custodianObjectLockPool ??= new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: 4,
    application_name: "custodian-if-match",
  });
  return g.custodianObjectLockPool;
}

/**
 * Runs `fn` holding a PostgreSQL advisory lock named by `key`, on every
 * instance of the console. Conditional updates (If-Match) of one object take
 * turns: the second checks its ETag only after the first has committed, so it
 * sees the change and is refused instead of overwriting it.
 */
export async function withObjectLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const client = await lockPool().connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [key]);
    try {
      return await fn();
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [key]);
    }
  } finally {
    client.release();
  }
}
