import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { db } from "@/lib/db";
import { callEjabberd, type EjabberdEndpoint } from "./call-ejabberd";
import { emailOfLocalpart, memberJid, splitJid } from "./xmpp-address";

export interface Finding {
  kind: "missing_host" | "missing_account" | "unknown_account";
  /** The host or address concerned. */
  subject: string;
  detail: string;
  /** Whether the connector put it right (the next sync does), or only reports it. */
  repaired: boolean;
}

/** "ejabberd 23.01-1 is running in that node" → "23.01-1", from the status command's sentence. */
export async function serverVersion(api: EjabberdEndpoint): Promise<string | null> {
  const status = await callEjabberd<string>(api, "status");
  return /ejabberd (\S+) is running/.exec(String(status))?.[1] ?? null;
}

/**
 * Compares the server with the console, whole, for each network on it (or the
 * ones named): its host, and every account the server has against the members
 * and the connector's record. A host or an account the server lost is put back
 * (its record is dropped, so the next sync makes it again); an account the
 * console does not know is reported and left alone — it may be an operator's,
 * and deleting it would wipe its archive. Each network's findings replace its
 * last ones, and drift is audited in its chain.
 */
export async function reconcileEjabberd(api: EjabberdEndpoint, only?: string[]): Promise<Map<string, Finding[]>> {
  const networks = await db.tenant.findMany({
    where: {
      deletedAt: null,
      status: "active",
      xmppDomain: { not: null },
      ...(only ? { id: { in: only } } : {}),
    },
    select: { id: true, xmppDomain: true },
  });
  const hosts = new Set(await callEjabberd<string[]>(api, "registered_vhosts"));
  const out = new Map<string, Finding[]>();
  for (const n of networks) {
    const domain = n.xmppDomain!;
    const findings: Finding[] = [];
    if (!hosts.has(domain)) {
      findings.push({
        kind: "missing_host",
        subject: domain,
        detail: "the server did not serve this network's domain",
        repaired: true,
      });
    } else {
      const onServer = new Set(await callEjabberd<string[]>(api, "registered_users", { host: domain }));
      const [accounts, members] = await Promise.all([
        db.messagingAccount.findMany({ where: { tenantId: n.id }, select: { memberId: true, jid: true } }),
        db.member.findMany({ where: { tenantId: n.id }, select: { email: true } }),
      ]);
      const known = new Set([
        ...accounts.map((a) => splitJid(a.jid).user),
        ...members.map((m) => splitJid(memberJid(m.email, domain)).user),
      ]);
      const lost = accounts.filter((a) => !onServer.has(splitJid(a.jid).user));
      for (const a of lost)
        findings.push({
          kind: "missing_account",
          subject: a.jid,
          detail:
            "the server had lost this member's account: it is made again, and the member sets a password through a new invitation",
          repaired: true,
        });
      if (lost.length)
        await db.messagingAccount.deleteMany({
          where: { tenantId: n.id, memberId: { in: lost.map((a) => a.memberId) } },
        });
      for (const user of [...onServer].filter((u) => !known.has(u)).sort())
        findings.push({
          kind: "unknown_account",
          subject: `${user}@${domain}`,
          detail: `an account no member of this network has (${emailOfLocalpart(user)}): reported, not deleted`,
          repaired: false,
        });
    }
    out.set(n.id, findings);
    const reconciledAt = new Date();
    await db.$transaction(async (tx) => {
      await tx.messagingNetworkState.upsert({
        where: { tenantId: n.id },
        create: { tenantId: n.id, reconciledAt, findings: findings as object[] },
        update: { reconciledAt, findings: findings as object[] },
      });
      if (findings.length)
        await appendAuditEvent(tx, {
          tenantId: n.id,
          action: "messaging.drift_found",
          outcome: "success",
          actor: { type: "system", label: "messaging connector" },
          target: { type: "xmpp_host", id: domain },
          changes: {
            after: Object.fromEntries(
              (["missing_host", "missing_account", "unknown_account"] as const).map((k) => [
                k,
                findings.filter((f) => f.kind === k).length,
              ]),
            ),
          },
        });
    });
  }
  return out;
}
