import { z } from "zod";
import { getConfig } from "@/lib/config/read-config";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { atOrNull } from "@/lib/operation/wire";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { ejabberdTarget } from "./messaging-target";

const finding = z.object({
  kind: z.enum(["missing_host", "missing_account", "unknown_account"]),
  subject: z.string(),
  detail: z.string(),
  repaired: z.boolean(),
});

export const messagingStatusOutput = z.object({
  /** Whether this console is connected to a messaging server at all (CUSTODIAN_EJABBERD_API_URL). */
  configured: z.boolean(),
  /** The network's domain there; null until one is set. */
  domain: z.string().nullable(),
  /** The server answered the last sync, and recently. */
  connected: z.boolean(),
  version: z.string().nullable(),
  lastContactAt: atOrNull,
  lastAppliedAt: atOrNull,
  lastChange: z.string().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: atOrNull,
  accounts: z.number().int(),
  // Decided in the console and not yet on the server, by kind.
  pending: z.object({
    accounts: z.number().int(),
    removals: z.number().int(),
    access: z.number().int(),
    names: z.number().int(),
  }),
  reconciledAt: atOrNull,
  findings: z.array(finding),
  /** Pending changes, an unreachable server, or drift the connector only reports. */
  outOfSync: z.boolean(),
});
export type MessagingStatus = z.infer<typeof messagingStatusOutput>;

// GET how the network stands on the messaging server: connection, last change,
// what waits to be applied, and the last reconciliation's findings.
export const getMessagingStatus = defineOperation({
  name: "messaging.status",
  kind: "read",
  permission: "tenants.read",
  schema: tenantInput,
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { method: "GET", path: "/tenants/{tenantId}/messaging", summary: "The network on the messaging server" },
  output: messagingStatusOutput,
  tenantOf: byTenant,
  async run({ input, db }) {
    const tenant = await db.tenant.findUnique({
      where: { id: input.tenantId },
      select: { xmppDomain: true, status: true, messagingState: true },
    });
    if (!tenant) throw notFound("The network");
    const state = await db.messagingServerState.findUnique({ where: { connector: "ejabberd" } });
    const [row] = await db.$queryRaw<
      { accounts: bigint; missing: bigint; orphans: bigint; access: bigint; names: bigint }[]
    >`
      SELECT
        (SELECT count(*) FROM "MessagingAccount" a WHERE a."tenantId" = ${input.tenantId}::uuid) AS accounts,
        (SELECT count(*) FROM "Member" m WHERE m."tenantId" = ${input.tenantId}::uuid AND NOT EXISTS
          (SELECT 1 FROM "MessagingAccount" a WHERE a."tenantId" = m."tenantId" AND a."memberId" = m.id)) AS missing,
        (SELECT count(*) FROM "MessagingAccount" a WHERE a."tenantId" = ${input.tenantId}::uuid AND NOT EXISTS
          (SELECT 1 FROM "Member" m WHERE m."tenantId" = a."tenantId" AND m.id = a."memberId")) AS orphans,
        (SELECT count(*) FROM "MessagingAccount" a JOIN "Member" m ON m."tenantId" = a."tenantId" AND m.id = a."memberId"
          WHERE a."tenantId" = ${input.tenantId}::uuid
            AND a.blocked <> (m.status::text IN ('suspended', 'deactivated'))) AS access,
        (SELECT count(*) FROM "MessagingAccount" a JOIN "Member" m ON m."tenantId" = a."tenantId" AND m.id = a."memberId"
          WHERE a."tenantId" = ${input.tenantId}::uuid AND a."displayName" <> m."displayName") AS names`;
    const configured = ejabberdTarget() !== null;
    const governed = configured && !!tenant.xmppDomain && tenant.status === "active";
    const pending = governed
      ? {
          accounts: Number(row!.missing),
          removals: Number(row!.orphans),
          access: Number(row!.access),
          names: Number(row!.names),
        }
      : { accounts: 0, removals: 0, access: 0, names: 0 };
    // Connected: the last sync answered, after the last failure, within a few sync periods (a stopped loop shows too).
    const period = getConfig().CUSTODIAN_EJABBERD_SYNC_SECONDS * 1000;
    const contact = state?.lastContactAt?.getTime() ?? 0;
    const connected =
      configured &&
      contact > (state?.lastErrorAt?.getTime() ?? 0) &&
      Date.now() - contact < Math.max(5 * period, 60_000);
    const findings = finding
      .array()
      .catch([])
      .parse(tenant.messagingState?.findings ?? []);
    const waiting = Object.values(pending).some((n) => n > 0);
    return {
      configured,
      domain: tenant.xmppDomain,
      connected,
      version: state?.version ?? null,
      lastContactAt: state?.lastContactAt ?? null,
      lastAppliedAt: state?.lastAppliedAt ?? null,
      lastChange: state?.lastChange ?? null,
      lastError: state?.lastError ?? null,
      lastErrorAt: state?.lastErrorAt ?? null,
      accounts: Number(row!.accounts),
      pending,
      reconciledAt: tenant.messagingState?.reconciledAt ?? null,
      findings,
      outOfSync: governed && (!connected || waiting || findings.some((f) => !f.repaired)),
    };
  },
});
