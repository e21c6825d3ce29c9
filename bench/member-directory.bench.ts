// The member directory at one million members: the console's list call against
// the same SQL run directly, and deep pages against the first.
import pg from "pg";
import { loadConsoleActor } from "@/lib/auth/load-console-actor";
import { db } from "@/lib/db";
import { listMembers } from "@/lib/members/list-members";
import { type Bench, type BenchRow, compare, measure, peakRss } from "./harness";

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
const DEEP = Math.floor(MEMBERS * 0.9);

const PAGE_SQL = (where: string, keyset: string, order: string) => `
  SELECT m.id, m.email, m."displayName", m.status::text AS status, m."groupId", g.name AS "groupName", m."lastSeenAt", m."isAdmin",
         (SELECT count(*)::int FROM "Device" d WHERE d."tenantId" = m."tenantId" AND d."memberId" = m.id AND d.status = 'active') AS devices
  FROM "Member" m JOIN "SecurityGroup" g ON g."tenantId" = m."tenantId" AND g.id = m."groupId"
  WHERE ${where}${keyset} ORDER BY ${order} LIMIT 51`;

const bench: Bench = {
  name: "member directory",
  async run({ url, log }) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      log(`seeding ${MEMBERS.toLocaleString("en-US")} members and ~${(MEMBERS * 2).toLocaleString("en-US")} devices…`);
      const t0 = Date.now();
      const [{ id: tenantId }] = (
        await client.query<{ id: string }>(
          `INSERT INTO "Tenant" (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), 'bench', 'Bench', now()) RETURNING id`,
        )
      ).rows as [{ id: string }];
      const groups = (
        await client.query<{ id: string }>(
          `INSERT INTO "SecurityGroup" ("tenantId", id, name, "isDefault", settings, "updatedAt")
           SELECT $1, gen_random_uuid(), 'Group ' || g, g = 1, '{}', now() FROM generate_series(1, 8) g RETURNING id`,
          [tenantId],
        )
      ).rows.map((r) => r.id);
      // Set-based generation inside PostgreSQL: the same cost as COPY, no client round trips.
      await client.query(
        `INSERT INTO "Member" ("tenantId", id, email, "firstName", "lastName", "displayName", status, "groupId", "lastSeenAt", "updatedAt")
         SELECT $1, gen_random_uuid(), 'user' || i || '@bench.example', 'First' || (i % 997), 'Last' || (i % 1009),
                'First' || (i % 997) || ' Last' || (i % 1009) || ' ' || i,
                (CASE WHEN i % 17 = 0 THEN 'suspended' WHEN i % 11 = 0 THEN 'pending' ELSE 'active' END)::"MemberStatus",
                ($2::uuid[])[1 + i % 8], CASE WHEN i % 5 = 0 THEN NULL ELSE now() - (i % 90) * interval '1 day' END, now()
         FROM generate_series(1, $3::int) i`,
        [tenantId, groups, MEMBERS],
      );
      await client.query(
        `INSERT INTO "Device" ("tenantId", id, "memberId", platform, "appVersion", "registeredAt", "lastSeenAt")
         SELECT m."tenantId", gen_random_uuid(), m.id, (ARRAY['ios','android','macos','windows']::"DevicePlatform"[])[1 + k],
                '6.' || k, now(), now()
         FROM "Member" m CROSS JOIN generate_series(0, 1) k WHERE m."tenantId" = $1`,
        [tenantId],
      );
      await client.query(`ANALYZE "Member"; ANALYZE "Device"`);
      const seedSeconds = (Date.now() - t0) / 1000;
      log(`seeded in ${seedSeconds.toFixed(1)} s`);

      await client.query(
        `INSERT INTO "ConsoleUser" (id, email, name, "isPlatformOperator", "updatedAt") VALUES (gen_random_uuid(), 'bench@bench', 'Bench', true, now())`,
      );
      const opId = (await client.query<{ id: string }>(`SELECT id FROM "ConsoleUser" WHERE email = 'bench@bench'`))
        .rows[0]!.id;
      const actor = (await loadConsoleActor(opId))!.actor;
      const ctx = { actor, request: {} };

      const tenant = `m."tenantId" = '${tenantId}'`;
      const raw =
        (where: string, keyset = "", order = `m."displayName" ASC, m.id ASC`) =>
        async () => {
          await Promise.all([
            client.query(PAGE_SQL(where, keyset, order)),
            client.query(`SELECT count(*)::int FROM "Member" m WHERE ${where}`),
          ]);
        };
      // A raw client of its own for the baselines, so the two never share a pool.
      const deep = (
        await client.query<{ displayName: string; id: string }>(
          `SELECT "displayName", id FROM "Member" m WHERE ${tenant} ORDER BY "displayName", id OFFSET ${DEEP - 1} LIMIT 1`,
        )
      ).rows[0]!;
      const deepCursor = Buffer.from(JSON.stringify([deep.displayName, deep.id])).toString("base64url");
      const esc = (s: string) => s.replace(/'/g, "''");

      const rows: BenchRow[] = [];
      const first = await measure(() => listMembers(ctx, { tenantId, pageSize: 50 }));
      const firstRaw = await measure(raw(tenant));
      rows.push(compare("first page (console)", first, "same SQL, direct", firstRaw, 3));

      const deepPage = await measure(() => listMembers(ctx, { tenantId, pageSize: 50, after: deepCursor }));
      const deepRaw = await measure(
        raw(tenant, ` AND (m."displayName", m.id) > ('${esc(deep.displayName)}', '${deep.id}'::uuid)`),
      );
      rows.push(
        compare(`page ${DEEP.toLocaleString("en-US")} rows deep (console)`, deepPage, "same SQL, direct", deepRaw, 3),
      );
      rows.push(compare("deep page vs first page (console)", deepPage, "first page (console)", first, 1.5));

      const filtered = await measure(() =>
        listMembers(ctx, {
          tenantId,
          pageSize: 50,
          status: ["suspended"],
          groupId: groups[2],
          sort: "lastSeenAt",
          dir: "desc",
        }),
      );
      const filteredRaw = await measure(
        raw(
          `${tenant} AND m.status::text IN ('suspended') AND m."groupId" = '${groups[2]}'`,
          "",
          `m."lastSeenAt" DESC NULLS LAST, m.id DESC`,
        ),
      );
      rows.push(compare("filtered + sorted page (console)", filtered, "same SQL, direct", filteredRaw, 3));

      const search = await measure(() => listMembers(ctx, { tenantId, pageSize: 50, q: "r12345" }), 15, 2);
      const searchRaw = await measure(
        raw(`${tenant} AND (m.email ILIKE '%r12345%' OR m."displayName" ILIKE '%r12345%')`),
        15,
        2,
      );
      rows.push(compare("substring search (console)", search, "same SQL, direct", searchRaw, 3));

      const { peakMiB } = await peakRss(() => listMembers(ctx, { tenantId, pageSize: 100, after: deepCursor }));
      rows.push({
        name: `seed ${MEMBERS.toLocaleString("en-US")} members + ${(MEMBERS * 2).toLocaleString("en-US")} devices`,
        value: `${seedSeconds.toFixed(1)} s (${Math.round((MEMBERS * 3) / seedSeconds).toLocaleString("en-US")} rows/s)`,
      });
      rows.push({ name: "process peak RSS during a list call", value: `${peakMiB.toFixed(0)} MiB` });
      return rows;
    } finally {
      await client.end();
      await db.$disconnect();
    }
  },
};

export default bench;
