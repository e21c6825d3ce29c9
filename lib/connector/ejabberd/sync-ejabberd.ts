import { readFile } from "node:fs/promises";
import { appendAuditEvents } from "@/lib/audit-chain/append-audit-event";
import type { AuditAction } from "@/lib/audit-chain/audit-actions";
import { db } from "@/lib/db";
import { callEjabberd, type EjabberdEndpoint } from "./call-ejabberd";
import { CONNECTOR_HOST, type IncludeFile, renderIncludeFile, writeIncludeFile } from "./write-include-file";
import { emailOfLocalpart, memberJid } from "./xmpp-address";

export interface EjabberdTarget {
  api: EjabberdEndpoint;
  /** The include file ejabberd.yml names (include_config_file), which the connector owns. */
  includeFile: string;
}

export interface EjabberdSync {
  hosts: string[];
  added: string[];
  removed: string[];
  /** Members' addresses newly refused at sign-in (their sessions were ended) and newly let back in. */
  blocked: string[];
  unblocked: string[];
  /** Whether the file changed and the server reloaded it. */
  reloaded: boolean;
}

// Members whose sign-in the server must refuse. Their account and password stay:
// reactivating lets them back in with the password they had.
const REFUSED = ["suspended", "deactivated"] as const;

/** What the server should be: hosts from the networks, refused addresses from the members. */
async function desired(): Promise<{
  file: IncludeFile;
  hostOwner: Map<string, string>;
  jidOwner: Map<string, [string, string]>;
}> {
  const networks = await db.tenant.findMany({
    where: { deletedAt: null, status: "active", xmppDomain: { not: null } },
    select: { id: true, xmppDomain: true },
  });
  const hostOwner = new Map(networks.map((n) => [n.xmppDomain!, n.id]));
  const domainOf = new Map(networks.map((n) => [n.id, n.xmppDomain!]));
  const refused = await db.member.findMany({
    where: { tenantId: { in: [...domainOf.keys()] }, status: { in: [...REFUSED] } },
    select: { tenantId: true, id: true, email: true },
  });
  const jidOwner = new Map(
    refused.map((m) => [memberJid(m.email, domainOf.get(m.tenantId)!), [m.tenantId, m.id] as [string, string]]),
  );
  return { file: { hosts: [...hostOwner.keys()].sort(), blockedUsers: [...jidOwner.keys()] }, hostOwner, jidOwner };
}

function blockedIn(text: string | null): Set<string> {
  if (!text) return new Set();
  try {
    return new Set((JSON.parse(text) as { acl?: { blocked?: { user?: string[] } } }).acl?.blocked?.user ?? []);
  } catch {
    return new Set();
  }
}

async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/**
 * Makes ejabberd what the console says, from the whole desired state each time
 * (so a change made while the server was down is applied by the next sync, and
 * a sync that finds the server right only looks):
 * - virtual hosts are the active networks' XMPP domains. A suspended network's
 *   host is taken away: everyone online on it is disconnected and every sign-in
 *   there refused, while its accounts and archive stay and come back with it;
 * - suspended and deactivated members are refused at sign-in (an access list,
 *   which keeps their password), and their sessions are ended at once
 *   (kick_user: access is checked only at sign-in).
 */
export async function syncEjabberd(target: EjabberdTarget): Promise<EjabberdSync> {
  const { file, hostOwner, jidOwner } = await desired();
  const before = new Set(await callEjabberd<string[]>(target.api, "registered_vhosts"));
  const text = renderIncludeFile(file);
  const onDisk = await readFile(target.includeFile, "utf8").catch(() => null);
  const wasBlocked = blockedIn(onDisk);
  const wanted = new Set([CONNECTOR_HOST, ...file.hosts]);
  const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
  let reloaded = false;
  if (onDisk !== text || !same(before, wanted)) {
    await writeIncludeFile(target.includeFile, file);
    // A 400 means ejabberd refused the file and kept its running configuration: nothing was applied.
    await callEjabberd(target.api, "reload_config");
    reloaded = true;
  }
  const after = new Set(await callEjabberd<string[]>(target.api, "registered_vhosts"));
  const missing = [...wanted].filter((h) => !after.has(h));
  if (missing.length) throw new Error(`ejabberd reloaded but does not serve ${missing.join(", ")}`);

  const blocked = [...jidOwner.keys()].filter((j) => !wasBlocked.has(j)).sort();
  const unblocked = [...wasBlocked].filter((j) => !jidOwner.has(j) && !j.endsWith("@custodian.invalid")).sort();
  // After the reload, so a kicked client that reconnects at once is already refused.
  await eachLimited(blocked, 8, (jid) => {
    const at = jid.lastIndexOf("@");
    return callEjabberd(target.api, "kick_user", { user: jid.slice(0, at), host: jid.slice(at + 1) });
  });

  const added = file.hosts.filter((h) => !before.has(h));
  const removed = [...before].filter((h) => !wanted.has(h)).sort();
  const removedOwners = await db.tenant.findMany({
    where: { xmppDomain: { in: removed } },
    select: { id: true, xmppDomain: true },
  });
  // Each change in its network's own chain, by the connector. A member let back in is found by the address it had.
  const unblockedOwners = await ownersOf(unblocked);
  const events: { tenantId: string; action: AuditAction; target: { type: string; id: string }; jid?: string }[] = [
    ...added.map((h) => ({
      tenantId: hostOwner.get(h)!,
      action: "messaging.host_added" as const,
      target: { type: "xmpp_host", id: h },
    })),
    ...removedOwners.map((t) => ({
      tenantId: t.id,
      action: "messaging.host_removed" as const,
      target: { type: "xmpp_host", id: t.xmppDomain! },
    })),
    ...blocked.map((j) => {
      const [tenantId, memberId] = jidOwner.get(j)!;
      return {
        tenantId,
        action: "messaging.member_blocked" as const,
        target: { type: "member", id: memberId },
        jid: j,
      };
    }),
    ...unblockedOwners.map(([j, tenantId, memberId]) => ({
      tenantId,
      action: "messaging.member_unblocked" as const,
      target: { type: "member", id: memberId },
      jid: j,
    })),
  ];
  const byTenant = new Map<string, typeof events>();
  for (const e of events) byTenant.set(e.tenantId, [...(byTenant.get(e.tenantId) ?? []), e]);
  for (const [tenantId, list] of byTenant)
    await db.$transaction((tx) =>
      appendAuditEvents(
        tx,
        tenantId,
        list.map((e) => ({
          action: e.action,
          outcome: "success" as const,
          actor: { type: "system" as const, label: "messaging connector" },
          target: e.target,
          ...(e.jid ? { changes: { after: { address: e.jid } } } : {}),
        })),
      ),
    );
  return { hosts: file.hosts, added, removed, blocked, unblocked, reloaded };
}

/** The network and member each address belongs to, for members whose network still has that domain. */
async function ownersOf(jids: string[]): Promise<[string, string, string][]> {
  if (!jids.length) return [];
  const split = jids.map((j) => {
    const at = j.lastIndexOf("@");
    return { jid: j, email: emailOfLocalpart(j.slice(0, at)), domain: j.slice(at + 1) };
  });
  const networks = await db.tenant.findMany({
    where: { xmppDomain: { in: [...new Set(split.map((s) => s.domain))] } },
    select: { id: true, xmppDomain: true },
  });
  const out: [string, string, string][] = [];
  for (const n of networks) {
    const mine = split.filter((s) => s.domain === n.xmppDomain);
    const members = await db.member.findMany({
      where: { tenantId: n.id, email: { in: mine.map((s) => s.email) } },
      select: { id: true, email: true },
    });
    const byEmail = new Map(members.map((m) => [m.email, m.id]));
    for (const s of mine) if (byEmail.has(s.email)) out.push([s.jid, n.id, byEmail.get(s.email)!]);
  }
  return out;
}
