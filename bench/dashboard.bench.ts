// The dashboard at one million members: the production build's server render of
// the network's dashboard page beside the member directory's first page, both
// fetched signed in, in the same run; and the dashboard's figures read from the
// counters beside the same figures counted from the tables.
import pg from "pg";
import { hashPassword } from "@/lib/auth/hash-password";
import { type Bench, type BenchRow, compare, measure } from "./harness";
import { startConsole } from "./start-console";

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
const PORT = Number(process.env.BENCH_PORT ?? 3199) + 2;
const PASSWORD = "bench-password-1234";

/** Signs in through next-auth's credentials flow and answers the session cookie. */
async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed: ${res.status}`);
  return [...jar, session.split(";")[0]].join("; ");
}

const bench: Bench = {
  name: "dashboard",
  async run({ url, log }) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let stop: (() => void) | undefined;
    try {
      log(`seeding ${MEMBERS.toLocaleString("en-US")} members, ~${(MEMBERS * 1.5).toLocaleString("en-US")} devices…`);
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
      // Set-based, as one statement each: the counting triggers add up each statement's rows once.
      await client.query(
        `INSERT INTO "Member" ("tenantId", id, email, "firstName", "lastName", "displayName", status, "groupId", "lastSeenAt", "createdAt", "updatedAt")
         SELECT $1, gen_random_uuid(), 'user' || i || '@bench.example', 'First' || (i % 997), 'Last' || (i % 1009),
                'First' || (i % 997) || ' Last' || (i % 1009) || ' ' || i,
                (CASE WHEN i % 17 = 0 THEN 'suspended' WHEN i % 11 = 0 THEN 'pending' WHEN i % 23 = 0 THEN 'deactivated' ELSE 'active' END)::"MemberStatus",
                ($2::uuid[])[1 + i % 8], CASE WHEN i % 5 = 0 THEN NULL ELSE now() - (i % 90) * interval '1 day' END,
                now() - (i % 400) * interval '1 day', now()
         FROM generate_series(1, $3::int) i`,
        [tenantId, groups, MEMBERS],
      );
      await client.query(
        `INSERT INTO "Device" ("tenantId", id, "memberId", platform, "appVersion", "registeredAt", "lastSeenAt")
         SELECT m."tenantId", gen_random_uuid(), m.id, (ARRAY['ios','android','macos','windows','linux','web']::"DevicePlatform"[])[1 + (h + k) % 6],
                '6.' || (40 + (h + k) % 12) || '.' || k, now(), now()
         FROM (SELECT *, abs(hashtext(id::text)) AS h FROM "Member" WHERE "tenantId" = $1) m
         CROSS JOIN generate_series(0, 1) k WHERE k = 0 OR m.h % 2 = 0`,
        [tenantId],
      );
      // A year of activity, as the sign-in ingest counts it.
      await client.query(
        `INSERT INTO "ActivityCount" ("tenantId", period, start, members)
         SELECT $1, p, d, (200000 + (extract(doy FROM d)::int * 7919) % 300000)::int
         FROM (VALUES ('day'), ('week'), ('month')) v(p),
              LATERAL (SELECT DISTINCT date_trunc(p, g)::date AS d
                         FROM generate_series(now() - interval '400 days', now(), interval '1 day') g) s`,
        [tenantId],
      );
      // The current day, week and month split by platform, client version and group.
      await client.query(
        `INSERT INTO "ActivityCount" ("tenantId", period, start, dim, key, members)
         SELECT $1, p, date_trunc(p, now() AT TIME ZONE 'UTC')::date, s.dim, s.key, 1000 + (hashtext(s.key) & 65535)
         FROM (VALUES ('day'), ('week'), ('month')) v(p),
              (SELECT 'platform', unnest(ARRAY['ios','android','macos','windows','linux','web'])
               UNION ALL SELECT 'version', '6.' || (40 + g) || '.0' FROM generate_series(0, 11) g
               UNION ALL SELECT 'group', id::text FROM "SecurityGroup" WHERE "tenantId" = $1) s(dim, key)`,
        [tenantId],
      );
      await client.query(`ANALYZE "Member"; ANALYZE "Device"; ANALYZE "TenantCount"`);
      log(`seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

      await client.query(
        `INSERT INTO "ConsoleUser" (id, email, name, "passwordHash", "updatedAt") VALUES (gen_random_uuid(), 'bench@bench.example', 'Bench', $1, now())`,
        [await hashPassword(PASSWORD)],
      );
      await client.query(
        `INSERT INTO "RoleGrant" ("tenantId", "userId", role)
         SELECT $1, id, 'tenant_admin' FROM "ConsoleUser" WHERE email = 'bench@bench.example'`,
        [tenantId],
      );

      const console_ = await startConsole(url, PORT);
      stop = console_.stop;
      const base = console_.base;
      const cookie = await signIn(base, "bench@bench.example");
      const page = (p: string, mustContain: string) => async () => {
        const res = await fetch(`${base}${p}`, { headers: { cookie } });
        const html = await res.text();
        if (res.status !== 200 || !html.includes(mustContain))
          throw new Error(`${p} answered ${res.status} without "${mustContain}"`);
      };
      const dashboard = page(`/tenants/${tenantId}`, "Members by status");
      const directory = page(`/tenants/${tenantId}/members`, "members match");

      const rows: BenchRow[] = [];
      const dash = await measure(dashboard, 20, 3);
      const dir = await measure(directory, 20, 3);
      rows.push(compare("dashboard page, server render (console)", dash, "member directory, first page", dir, 1));

      // The figures from the counters, against the same figures counted from the tables.
      const fromCounters = async () => {
        await client.query(`SELECT dim, key, n FROM "TenantCount" WHERE "tenantId" = $1 AND n <> 0`, [tenantId]);
      };
      const fromTables = async () => {
        await Promise.all([
          client.query(`SELECT status, count(*) FROM "Member" WHERE "tenantId" = $1 GROUP BY 1`, [tenantId]),
          client.query(`SELECT "groupId", count(*) FROM "Member" WHERE "tenantId" = $1 GROUP BY 1`, [tenantId]),
          client.query(
            `SELECT ("createdAt" AT TIME ZONE 'UTC')::date, count(*) FROM "Member" WHERE "tenantId" = $1 AND "createdAt" >= now() - interval '30 days' GROUP BY 1`,
            [tenantId],
          ),
          client.query(
            `SELECT platform, count(*) FROM "Device" WHERE "tenantId" = $1 AND status = 'active' GROUP BY 1`,
            [tenantId],
          ),
          client.query(
            `SELECT "appVersion", count(*) FROM "Device" WHERE "tenantId" = $1 AND status = 'active' GROUP BY 1`,
            [tenantId],
          ),
        ]);
      };
      rows.push(
        compare(
          "dashboard counts from the counters (SQL)",
          await measure(fromCounters, 30, 3),
          "the same counts from the tables (GROUP BY)",
          await measure(fromTables, 5, 1),
        ),
      );
      return rows;
    } finally {
      stop?.();
      await client.end();
    }
  },
};

export default bench;
