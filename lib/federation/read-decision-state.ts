import pg from "pg";
import { coalesceReads } from "./coalesce-reads";

// The decision API reads through the driver directly, on a small pool of its
// own: at thousands of calls a second the ORM's per-query cost (~4× the
// driver's, measured) is most of the answer's time. It only reads.
const g = globalThis as unknown as { custodianDecisionPool?: pg.Pool };
export function decisionPool(): pg.Pool {
  g.custodianDecisionPool ??= new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.CUSTODIAN_DB_POOL_MAX ?? 5),
    application_name: "custodian-decisions",
  });
  return g.custodianDecisionPool;
}

export interface DecisionState {
  tenants: Map<string, { slug: string; version: number }>;
  members: Map<string, { tenantId: string; groupId: string }>;
  /** Keyed by `${tenantId}:${externalId}`. */
  guests: Map<string, { lastContactAt: Date; blocked: boolean }>;
}

export interface DecisionQuery {
  sourceTenantId: string;
  tenantIds: string[];
  slugs: string[];
  memberIds: string[];
  guestIds: string[];
}

const SQL = `
  SELECT 't' AS k, id::text AS id, slug AS a, "federationVersion"::text AS b FROM "Tenant"
    WHERE "deletedAt" IS NULL AND (id = ANY($1::uuid[]) OR slug = ANY($2::text[]))
  UNION ALL
  SELECT 'm', id::text, "tenantId"::text, "groupId"::text FROM "Member" WHERE id = ANY($3::uuid[])
  UNION ALL
  SELECT 'g', "tenantId"::text || ':' || "externalId",
         to_char("lastContactAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), ("blockedAt" IS NOT NULL)::text
    FROM "Guest" WHERE ("tenantId", "externalId") IN (SELECT * FROM unnest($4::uuid[], $5::text[]))`;

async function query(qs: DecisionQuery[]): Promise<DecisionState> {
  const guestTenants: string[] = [];
  const guestIds: string[] = [];
  for (const q of qs)
    for (const id of q.guestIds) {
      guestTenants.push(q.sourceTenantId);
      guestIds.push(id);
    }
  const { rows } = await decisionPool().query<{ k: string; id: string; a: string; b: string }>(SQL, [
    [...new Set(qs.flatMap((q) => q.tenantIds))],
    [...new Set(qs.flatMap((q) => q.slugs))],
    [...new Set(qs.flatMap((q) => q.memberIds))],
    guestTenants,
    guestIds,
  ]);
  const state: DecisionState = { tenants: new Map(), members: new Map(), guests: new Map() };
  for (const r of rows) {
    if (r.k === "t") state.tenants.set(r.id, { slug: r.a, version: Number(r.b) });
    else if (r.k === "m") state.members.set(r.id, { tenantId: r.a, groupId: r.b });
    else state.guests.set(r.id, { lastContactAt: new Date(r.a), blocked: r.b === "true" });
  }
  return state;
}

/**
 * What every decision reads fresh: the networks' current federation versions
 * (their cached inputs are reused only at the same version), the asking and
 * target members' groups, and the guests asked about. Concurrent calls share
 * one read that starts after all of them arrived (coalesceReads).
 */
export const readDecisionState: (q: DecisionQuery) => Promise<DecisionState> = coalesceReads(query);
