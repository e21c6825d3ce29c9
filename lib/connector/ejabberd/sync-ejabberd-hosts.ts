import { readFile } from "node:fs/promises";
import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { db } from "@/lib/db";
import { callEjabberd, type EjabberdEndpoint } from "./call-ejabberd";
import { CONNECTOR_HOST, renderIncludeFile, writeIncludeFile } from "./write-include-file";

export interface EjabberdTarget {
  api: EjabberdEndpoint;
  /** The include file ejabberd.yml names (include_config_file), which the connector owns. */
  includeFile: string;
}

export interface HostSync {
  hosts: string[];
  added: string[];
  removed: string[];
  /** Whether the file changed and the server reloaded it. */
  reloaded: boolean;
}

/**
 * Makes ejabberd's virtual hosts the console's active networks' XMPP domains.
 * A suspended network's host is taken away, which disconnects everyone online
 * on it and refuses every sign-in there; its accounts and archive stay on the
 * server and come back with the host. A deleted network's host goes the same
 * way (its data is purged by retention, never by removing the host).
 *
 * Idempotent: the desired state is read whole each time, so a change made
 * while the server was down is applied by the next sync, and a sync that finds
 * the server as it should be does nothing but look.
 */
export async function syncEjabberdHosts(target: EjabberdTarget): Promise<HostSync> {
  const networks = await db.tenant.findMany({
    where: { deletedAt: null, status: "active", xmppDomain: { not: null } },
    select: { id: true, xmppDomain: true },
  });
  const byHost = new Map(networks.map((n) => [n.xmppDomain!, n.id]));
  const hosts = [...byHost.keys()].sort();
  const before = new Set(await callEjabberd<string[]>(target.api, "registered_vhosts"));
  const text = renderIncludeFile({ hosts });
  const onDisk = await readFile(target.includeFile, "utf8").catch(() => null);
  const wanted = new Set([CONNECTOR_HOST, ...hosts]);
  const live = () => [...before].every((h) => wanted.has(h)) && [...wanted].every((h) => before.has(h));
  let reloaded = false;
  if (onDisk !== text || !live()) {
    await writeIncludeFile(target.includeFile, { hosts });
    // A 400 means ejabberd refused the file and kept its running configuration: nothing was applied.
    await callEjabberd(target.api, "reload_config");
    reloaded = true;
  }
  const after = new Set(await callEjabberd<string[]>(target.api, "registered_vhosts"));
  const missing = [...wanted].filter((h) => !after.has(h));
  if (missing.length) throw new Error(`ejabberd reloaded but does not serve ${missing.join(", ")}`);
  const added = hosts.filter((h) => !before.has(h));
  const removed = [...before].filter((h) => !wanted.has(h)).sort();

  // Recorded in each network's own chain; a removed host whose network is gone from the console is only logged.
  const removedIds = await db.tenant.findMany({
    where: { xmppDomain: { in: removed } },
    select: { id: true, xmppDomain: true },
  });
  const events = [
    ...added.map((h) => ({ tenantId: byHost.get(h)!, action: "messaging.host_added" as const, host: h })),
    ...removedIds.map((t) => ({ tenantId: t.id, action: "messaging.host_removed" as const, host: t.xmppDomain! })),
  ];
  for (const e of events)
    await db.$transaction((tx) =>
      appendAuditEvent(tx, {
        tenantId: e.tenantId,
        action: e.action,
        outcome: "success",
        actor: { type: "system", label: "messaging connector" },
        target: { type: "xmpp_host", id: e.host },
      }),
    );
  return { hosts, added, removed, reloaded };
}
