import { getConfig } from "@/lib/config/read-config";
import { db } from "@/lib/db";
import { type Finding, reconcileEjabberd, serverVersion } from "./ejabberd/reconcile-ejabberd";
import { type EjabberdSync, type EjabberdTarget, syncEjabberd } from "./ejabberd/sync-ejabberd";
import { ejabberdTarget } from "./messaging-target";

const CONNECTOR = "ejabberd";

/**
 * Work on the server by one replica at a time: an advisory lock held by a
 * transaction, released however it ends. The loop does not wait for it (another
 * replica is already syncing: answers null); "Reconcile now" does.
 */
async function withConnectorLock<T>(wait: boolean, work: () => Promise<T>): Promise<T | null> {
  return db.$transaction(
    async (tx) => {
      if (wait) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('custodian.messaging-connector'))`;
      else {
        const [row] = await tx.$queryRaw<{ ok: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(hashtext('custodian.messaging-connector')) AS ok`;
        if (!row?.ok) return null;
      }
      return work();
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}

function describeChange(s: EjabberdSync): string | null {
  const parts = (
    [
      [s.added.length, "host added", "hosts added"],
      [s.removed.length, "host removed", "hosts removed"],
      [s.registered.length, "account created", "accounts created"],
      [s.unregistered.length, "account removed", "accounts removed"],
      [s.blocked.length, "member refused", "members refused"],
      [s.unblocked.length, "member let back in", "members let back in"],
      [s.renamed.length, "name updated", "names updated"],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`);
  return parts.length ? parts.join(", ") : null;
}

/** What the Messaging server page shows: the last contact, change and failure. */
async function recordOutcome(outcome: { sync: EjabberdSync; version?: string | null } | { error: string }) {
  const now = new Date();
  const data =
    "error" in outcome
      ? { lastError: outcome.error.slice(0, 1000), lastErrorAt: now }
      : {
          lastContactAt: now,
          lastError: null,
          ...(outcome.version !== undefined ? { version: outcome.version } : {}),
          ...(describeChange(outcome.sync) ? { lastAppliedAt: now, lastChange: describeChange(outcome.sync) } : {}),
        };
  await db.messagingServerState.upsert({
    where: { connector: CONNECTOR },
    create: { connector: CONNECTOR, ...data },
    update: data,
  });
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * One sync, by one replica at a time (the others find the lock taken and let
 * it be: answers false). Its outcome, success or failure, is recorded for the
 * Messaging server page; a failure is thrown on for the loop's back-off.
 */
export async function syncMessagingServer(target: EjabberdTarget): Promise<boolean> {
  try {
    const done = await withConnectorLock(false, async () => {
      const sync = await syncEjabberd(target);
      const known = await db.messagingServerState.findUnique({ where: { connector: CONNECTOR } });
      await recordOutcome({ sync, ...(known?.version ? {} : { version: await serverVersion(target.api) }) });
      return true;
    });
    return done ?? false;
  } catch (err) {
    await recordOutcome({ error: message(err) }).catch(() => {});
    throw err;
  }
}

/**
 * A whole comparison of the server with the console (every network, or the
 * ones named), then a sync that repairs what it found. Waits for a running sync.
 */
export async function reconcileMessagingServer(
  target: EjabberdTarget,
  only?: string[],
): Promise<Map<string, Finding[]>> {
  try {
    const found = await withConnectorLock(true, async () => {
      const version = await serverVersion(target.api);
      const findings = await reconcileEjabberd(target.api, only);
      await recordOutcome({ sync: await syncEjabberd(target), version });
      return findings;
    });
    return found!;
  } catch (err) {
    await recordOutcome({ error: message(err) }).catch(() => {});
    throw err;
  }
}

/**
 * Keeps the messaging server in step with the console: a sync every
 * CUSTODIAN_EJABBERD_SYNC_SECONDS while it succeeds, backing off (doubling, up
 * to a minute) while the server is down or refuses, so nothing decided in the
 * console is lost and a returning server is brought up to date at once; and a
 * reconciliation every CUSTODIAN_EJABBERD_RECONCILE_MINUTES (the first one at
 * start).
 */
export function startMessagingConnector(): { stop(): void } | null {
  const target = ejabberdTarget();
  if (!target) return null;
  const config = getConfig();
  const every = config.CUSTODIAN_EJABBERD_SYNC_SECONDS * 1000;
  const reconcileEvery = config.CUSTODIAN_EJABBERD_RECONCILE_MINUTES * 60_000;
  // First thing: a server that was replaced or restored from an older backup is put right at once.
  let nextReconcile = Date.now();
  let delay = every;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      if (Date.now() >= nextReconcile) {
        await reconcileMessagingServer(target);
        nextReconcile = Date.now() + reconcileEvery;
      } else await syncMessagingServer(target);
      delay = every;
    } catch (err) {
      delay = Math.min(delay * 2, 60_000);
      console.error(`messaging connector: sync failed, next try in ${delay / 1000} s: ${message(err)}`);
    }
    if (!stopped) timer = setTimeout(() => void tick(), delay).unref();
  };
  void tick();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
