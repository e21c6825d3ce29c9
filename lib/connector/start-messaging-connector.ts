import { getConfig } from "@/lib/config/read-config";
import { db } from "@/lib/db";
import { type EjabberdTarget, syncEjabberd } from "./ejabberd/sync-ejabberd";

/** The connected messaging server, from the configuration; none when CUSTODIAN_EJABBERD_API_URL is unset. */
export function ejabberdTarget(): EjabberdTarget | null {
  const c = getConfig();
  if (!c.CUSTODIAN_EJABBERD_API_URL || !c.CUSTODIAN_EJABBERD_INCLUDE_FILE) return null;
  return {
    api: { url: c.CUSTODIAN_EJABBERD_API_URL, token: c.CUSTODIAN_EJABBERD_TOKEN },
    includeFile: c.CUSTODIAN_EJABBERD_INCLUDE_FILE,
  };
}

/**
 * One sync, by one replica at a time: the others find the lock taken and let
 * it be (an advisory lock held by the transaction, released however it ends).
 * Answers false when another replica holds it.
 */
export async function syncMessagingServer(target: EjabberdTarget): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ ok: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtext('custodian.messaging-connector')) AS ok`;
      if (!row?.ok) return false;
      await syncEjabberd(target);
      return true;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/**
 * Keeps the messaging server in step with the console: a sync every
 * CUSTODIAN_EJABBERD_SYNC_SECONDS while it succeeds, backing off (doubling, up
 * to a minute) while the server is down or refuses, so nothing decided in the
 * console is lost and a returning server is brought up to date at once.
 */
export function startMessagingConnector(): { stop(): void } | null {
  const target = ejabberdTarget();
  if (!target) return null;
  const every = getConfig().CUSTODIAN_EJABBERD_SYNC_SECONDS * 1000;
  let delay = every;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      await syncMessagingServer(target);
      delay = every;
    } catch (err) {
      delay = Math.min(delay * 2, 60_000);
      console.error(
        `messaging connector: sync failed, next try in ${delay / 1000} s: ${err instanceof Error ? err.message : String(err)}`,
      );
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
