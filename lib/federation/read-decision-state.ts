import pg from "pg";

// The decision API's one query per call runs on a small pool of its own, through
// the driver directly: at thousands of calls a second the ORM's per-query cost
// (~4× the driver's, measured) is most of the answer's time. It only reads.
const g = globalThis as unknown as { custodianDecisionPool?: pg.Pool };
function pool(): pg.Pool {
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
  guests: Map<string, { lastContactAt: Date; blocked: boolean }>;
}

const SQL = `
  SELECT 't' AS k, id::text AS id, slug AS a, "federationVersion"::text AS b FROM "Tenant"
    WHERE "deletedAt" IS NULL AND (id = ANY($1::uuid[]) OR slug = ANY($2::text[]))
  UNION ALL
  SELECT 'm', id::text, "tenantId"::text, "groupId"::text FROM "Member" WHERE id = ANY($3::uuid[])
  UNION ALL
  SELECT 'g', "externalId", to_char("lastContactAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         ("blockedAt" IS NOT NULL)::text
    FROM "Guest" WHERE "tenantId" = $4::uuid AND "externalId" = ANY($5::text[])`;

/**
 * What every decision reads fresh: the networks' current federation versions
 * (their cached inputs are reused only at the same version), the asking and
 * target members' groups, and the guests asked about. One round trip.
 */
export async function readDecisionState(q: {
  sourceTenantId: string;
  tenantIds: string[];
  slugs: string[];
  memberIds: string[];
  guestIds: string[];
}): Promise<DecisionState> {
  const { rows } = await pool().query<{ k: string; id: string; a: string; b: string }>(SQL, [
    q.tenantIds,
    q.slugs,
    q.memberIds,
    q.sourceTenantId,
    q.guestIds,
  ]);
  const state: DecisionState = { tenants: new Map(), members: new Map(), guests: new Map() };
  for (const r of rows) {
    if (r.k === "t") state.tenants.set(r.id, { slug: r.a, version: Number(r.b) });
    else if (r.k === "m") state.members.set(r.id, { tenantId: r.a, groupId: r.b });
    else state.guests.set(r.id, { lastContactAt: new Date(r.a), blocked: r.b === "true" });
  }
  return state;
}
