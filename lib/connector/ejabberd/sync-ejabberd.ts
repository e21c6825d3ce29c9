import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { appendAuditEvents } from "@/lib/audit-chain/append-audit-event";
import type { AuditAction } from "@/lib/audit-chain/audit-actions";
import { db } from "@/lib/db";
import { callEjabberd, EjabberdError, type EjabberdEndpoint } from "./call-ejabberd";
import { CONNECTOR_HOST, type IncludeFile, renderIncludeFile, writeIncludeFile } from "./write-include-file";
import { memberJid, splitJid } from "./xmpp-address";

export interface EjabberdTarget {
  api: EjabberdEndpoint;
  /** The include file ejabberd.yml names (include_config_file), which the connector owns. */
  includeFile: string;
}

export interface EjabberdSync {
  hosts: string[];
  added: string[];
  removed: string[];
  /** Accounts made for members and removed for deleted members, by address. */
  registered: string[];
  unregistered: string[];
  /** Members' addresses newly refused at sign-in (their sessions were ended) and newly let back in. */
  blocked: string[];
  unblocked: string[];
  /** Accounts whose display name the server was given. */
  renamed: string[];
  /** Whether the file changed and the server reloaded it. */
  reloaded: boolean;
}

// Members whose sign-in the server must refuse. Their account and password stay:
// reactivating lets them back in with the password they had.
const REFUSED = ["suspended", "deactivated"] as const;
const refusedSql = `'suspended','deactivated'`;

// A sync does a bounded share of account work, so one tick stays short and the
// next picks up the rest (a 10,000-member import takes a few ticks, not one long one).
const ACCOUNTS_PER_SYNC = 2_000;
const CONCURRENCY = 8;

interface Network {
  id: string;
  xmppDomain: string;
}

type Event = {
  tenantId: string;
  action: AuditAction;
  target: { type: string; id: string };
  after?: Record<string, unknown>;
};

async function governedNetworks(): Promise<Network[]> {
  const rows = await db.tenant.findMany({
    where: { deletedAt: null, status: "active", xmppDomain: { not: null } },
    select: { id: true, xmppDomain: true },
  });
  return rows.map((n) => ({ id: n.id, xmppDomain: n.xmppDomain! }));
}

/** What the server should be: hosts from the networks, refused addresses from the members. */
async function desiredFile(networks: Network[]): Promise<IncludeFile> {
  const domainOf = new Map(networks.map((n) => [n.id, n.xmppDomain]));
  const refused = await db.member.findMany({
    where: { tenantId: { in: [...domainOf.keys()] }, status: { in: [...REFUSED] } },
    select: { tenantId: true, email: true },
  });
  return {
    hosts: networks.map((n) => n.xmppDomain).sort(),
    blockedUsers: refused.map((m) => memberJid(m.email, domainOf.get(m.tenantId)!)),
  };
}

async function eachLimited<T>(items: T[], work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

const isCode = (err: unknown, code: number) => err instanceof EjabberdError && err.code === code;
// ejabberd's "already registered" (register) and "not registered" answers.
const ALREADY_REGISTERED = 10090;

/**
 * Members get an account on their network's host; deleted members lose theirs;
 * names follow the directory. An account is made with a random password no one
 * keeps, so it exists (and can be refused, grouped and named) before the member
 * sets their own through their invitation.
 */
async function syncAccounts(target: EjabberdTarget, networks: Network[], events: Event[]) {
  const ids = networks.map((n) => n.id);
  const domainOf = new Map(networks.map((n) => [n.id, n.xmppDomain]));
  const registered: string[] = [];
  const unregistered: string[] = [];
  const renamed: string[] = [];
  if (!ids.length) return { registered, unregistered, renamed };

  const missing = await db.$queryRaw<{ tenantId: string; id: string; email: string; displayName: string }[]>`
    SELECT m."tenantId", m.id, m.email, m."displayName" FROM "Member" m
    LEFT JOIN "MessagingAccount" a ON a."tenantId" = m."tenantId" AND a."memberId" = m.id
    WHERE m."tenantId" = ANY(${ids}::uuid[]) AND a."memberId" IS NULL
    ORDER BY m."tenantId", m.id LIMIT ${ACCOUNTS_PER_SYNC}`;
  await eachLimited(missing, async (m) => {
    const jid = memberJid(m.email, domainOf.get(m.tenantId)!);
    const { user, host } = splitJid(jid);
    try {
      await callEjabberd(target.api, "register", { user, host, password: randomBytes(24).toString("base64url") });
    } catch (err) {
      // Made by the member's own invitation (or a sync that stopped before recording it): the account is theirs.
      if (!isCode(err, ALREADY_REGISTERED)) throw err;
    }
    await callEjabberd(target.api, "set_vcard", { user, host, name: "FN", content: m.displayName });
    await db.messagingAccount.upsert({
      where: { tenantId_memberId: { tenantId: m.tenantId, memberId: m.id } },
      create: { tenantId: m.tenantId, memberId: m.id, jid, displayName: m.displayName },
      update: {},
    });
    registered.push(jid);
    events.push({
      tenantId: m.tenantId,
      action: "messaging.account_created",
      target: { type: "member", id: m.id },
      after: { address: jid },
    });
  });

  // A member is deleted only when no legal hold covers them (lib/members/delete-members.ts),
  // so unregistering, which also wipes the account's archive, never touches a held member's.
  const orphans = await db.$queryRaw<{ tenantId: string; memberId: string; jid: string }[]>`
    SELECT a."tenantId", a."memberId", a.jid FROM "MessagingAccount" a
    LEFT JOIN "Member" m ON m."tenantId" = a."tenantId" AND m.id = a."memberId"
    WHERE a."tenantId" = ANY(${ids}::uuid[]) AND m.id IS NULL
    LIMIT ${ACCOUNTS_PER_SYNC}`;
  await eachLimited(orphans, async (a) => {
    await callEjabberd(target.api, "unregister", splitJid(a.jid));
    await db.messagingAccount.delete({ where: { tenantId_memberId: { tenantId: a.tenantId, memberId: a.memberId } } });
    unregistered.push(a.jid);
    events.push({
      tenantId: a.tenantId,
      action: "messaging.account_removed",
      target: { type: "member", id: a.memberId },
      after: { address: a.jid },
    });
  });

  const names = await db.$queryRaw<{ tenantId: string; memberId: string; jid: string; displayName: string }[]>`
    SELECT a."tenantId", a."memberId", a.jid, m."displayName" FROM "MessagingAccount" a
    JOIN "Member" m ON m."tenantId" = a."tenantId" AND m.id = a."memberId"
    WHERE a."tenantId" = ANY(${ids}::uuid[]) AND a."displayName" <> m."displayName"
    LIMIT ${ACCOUNTS_PER_SYNC}`;
  await eachLimited(names, async (a) => {
    await callEjabberd(target.api, "set_vcard", { ...splitJid(a.jid), name: "FN", content: a.displayName });
    await db.messagingAccount.update({
      where: { tenantId_memberId: { tenantId: a.tenantId, memberId: a.memberId } },
      data: { displayName: a.displayName },
    });
    renamed.push(a.jid);
  });
  return { registered: registered.sort(), unregistered: unregistered.sort(), renamed: renamed.sort() };
}

/**
 * Makes ejabberd what the console says. Each step compares the console with
 * what the connector recorded as applied (MessagingAccount), so a change made
 * while the server was down is applied by the next sync, a sync that finds
 * nothing to do only looks, and a step interrupted before it was recorded is
 * simply done again (every command here is idempotent):
 * - virtual hosts are the active networks' XMPP domains. A suspended network's
 *   host is taken away: everyone online on it is disconnected and every sign-in
 *   there refused, while its accounts and archive stay and come back with it;
 * - members have accounts, deleted members none, and the directory's names;
 * - suspended and deactivated members are refused at sign-in (an access list,
 *   which keeps their password), and their sessions are ended at once
 *   (kick_user: access is checked only at sign-in).
 */
export async function syncEjabberd(target: EjabberdTarget): Promise<EjabberdSync> {
  const networks = await governedNetworks();
  const file = await desiredFile(networks);
  const before = new Set(await callEjabberd<string[]>(target.api, "registered_vhosts"));
  const text = renderIncludeFile(file);
  const onDisk = await readFile(target.includeFile, "utf8").catch(() => null);
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
  const missingHosts = [...wanted].filter((h) => !after.has(h));
  if (missingHosts.length) throw new Error(`ejabberd reloaded but does not serve ${missingHosts.join(", ")}`);

  const events: Event[] = [];
  const added = file.hosts.filter((h) => !before.has(h));
  const removed = [...before].filter((h) => !wanted.has(h)).sort();
  const hostOwner = new Map(networks.map((n) => [n.xmppDomain, n.id]));
  for (const h of added)
    events.push({ tenantId: hostOwner.get(h)!, action: "messaging.host_added", target: { type: "xmpp_host", id: h } });
  const removedOwners = await db.tenant.findMany({
    where: { xmppDomain: { in: removed } },
    select: { id: true, xmppDomain: true },
  });
  for (const t of removedOwners)
    events.push({ tenantId: t.id, action: "messaging.host_removed", target: { type: "xmpp_host", id: t.xmppDomain! } });

  const accounts = await syncAccounts(target, networks, events);

  // Sign-in is refused by the reloaded file already, so a kicked client that reconnects at once stays out.
  const ids = networks.map((n) => n.id);
  const flips = ids.length
    ? await db.$queryRawUnsafe<{ tenantId: string; memberId: string; jid: string; refuse: boolean }[]>(
        `SELECT a."tenantId", a."memberId", a.jid, (m.status::text IN (${refusedSql})) AS refuse
         FROM "MessagingAccount" a JOIN "Member" m ON m."tenantId" = a."tenantId" AND m.id = a."memberId"
         WHERE a."tenantId" = ANY($1::uuid[]) AND a.blocked <> (m.status::text IN (${refusedSql}))`,
        ids,
      )
    : [];
  const toBlock = flips.filter((f) => f.refuse);
  const toUnblock = flips.filter((f) => !f.refuse);
  await eachLimited(toBlock, (f) => callEjabberd(target.api, "kick_user", splitJid(f.jid)));
  for (const f of flips)
    events.push({
      tenantId: f.tenantId,
      action: f.refuse ? "messaging.member_blocked" : "messaging.member_unblocked",
      target: { type: "member", id: f.memberId },
      after: { address: f.jid },
    });

  // What was applied is recorded with its audit events, per network, in one transaction each.
  const byTenant = new Map<string, Event[]>();
  for (const e of events) byTenant.set(e.tenantId, [...(byTenant.get(e.tenantId) ?? []), e]);
  for (const [tenantId, list] of byTenant)
    await db.$transaction(async (tx) => {
      const mine = flips.filter((f) => f.tenantId === tenantId);
      for (const refuse of [true, false]) {
        const memberIds = mine.filter((f) => f.refuse === refuse).map((f) => f.memberId);
        if (memberIds.length)
          await tx.messagingAccount.updateMany({
            where: { tenantId, memberId: { in: memberIds } },
            data: { blocked: refuse },
          });
      }
      await appendAuditEvents(
        tx,
        tenantId,
        list.map((e) => ({
          action: e.action,
          outcome: "success" as const,
          actor: { type: "system" as const, label: "messaging connector" },
          target: e.target,
          ...(e.after ? { changes: { after: e.after } } : {}),
        })),
      );
    });
  return {
    hosts: file.hosts,
    added,
    removed,
    ...accounts,
    blocked: toBlock.map((f) => f.jid).sort(),
    unblocked: toUnblock.map((f) => f.jid).sort(),
    reloaded,
  };
}
