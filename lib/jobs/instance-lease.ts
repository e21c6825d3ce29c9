import { randomInt } from "node:crypto";
import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The first key of every instance lock (ASCII "Cust"); the second is the
 * instance's own key, a positive 31-bit integer.
 */
export const INSTANCE_LOCK_CLASS = 0x43757374;

interface State {
  key: number | null;
  client: pg.Client | null;
  ready: Promise<number> | null;
}

const g = globalThis as unknown as { custodianInstanceLease?: State };
const state = (g.custodianInstanceLease ??= { key: null, client: null, ready: null });

async function connect(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the console with `npm start`");
  const client = new pg.Client({ connectionString: url, application_name: "custodian-instance", keepAlive: true });
  const lost = () => {
    if (state.client !== client) return;
    state.client = null;
    state.ready = null;
    // Take the lock again soon, under the same key if it is free, so the work this instance leases stays its own.
    setTimeout(() => void instanceKey().catch(() => {}), 1000).unref();
  };
  client.on("error", lost);
  client.on("end", lost);
  await client.connect();
  try {
    let key = state.key ?? randomInt(1, 2 ** 31);
    // A key another live instance holds is taken: draw another.
    while (
      !(await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS ok", [INSTANCE_LOCK_CLASS, key]))
        .rows[0]!.ok
    )
      key = randomInt(1, 2 ** 31);
    state.key = key;
    state.client = client;
    return key;
  } catch (err) {
    await client.end().catch(() => {});
    throw err;
  }
}

/**
 * This process's instance key, once it holds the instance lock: a PostgreSQL
 * session advisory lock on a connection of its own, held for the process's
 * lifetime. Leases on background work (imports, retention runs, exports) name
 * the key of the instance that holds them. When a process dies its connection
 * closes and PostgreSQL drops the lock at once, so another instance, or the
 * same one restarted, may take over its work immediately instead of waiting
 * for a lease to time out. Reconnects, under the same key, if the connection
 * drops; until then the instance's leases look dead, and attempt fencing stops
 * its workers from committing beside whoever takes over.
 */
export function instanceKey(): Promise<number> {
  state.ready ??= connect().catch((err: unknown) => {
    state.ready = null;
    throw err;
  });
  return state.ready;
}

/** Drops the instance lock (shutdown, tests): this instance's leases are then free for others to take. */
export async function releaseInstanceLease(): Promise<void> {
  const client = state.client;
  state.client = null;
  state.ready = null;
  await client?.end().catch(() => {});
}

/**
 * SQL: the instance whose key is in `owner` is alive, i.e. holds its instance
 * lock. Uses only pg_locks, which every role may read.
 */
export function ownerAlive(owner: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM pg_locks l
    WHERE l.locktype = 'advisory' AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND l.classid = ${Prisma.raw(String(INSTANCE_LOCK_CLASS))}::oid AND l.objid = (${owner})::oid
      AND l.objsubid = 2 AND l.granted)`;
}

/**
 * SQL: a lease in a row with "leaseUntil" and "leaseOwner" may be taken: no one
 * holds it, it has run out, or its owner has died. `table` qualifies the
 * columns when the statement joins.
 */
export function leaseFree(table?: string): Prisma.Sql {
  const col = (c: string) => Prisma.raw(table ? `${table}."${c}"` : `"${c}"`);
  return Prisma.sql`(${col("leaseUntil")} IS NULL OR ${col("leaseUntil")} < now()
    OR (${col("leaseOwner")} IS NOT NULL AND NOT ${ownerAlive(col("leaseOwner"))}))`;
}
