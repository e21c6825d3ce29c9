// The federation decision API under load: autocannon at concurrency 50 against
// the production build, beside a trivial route (/api/health, no database) on
// the same server in the same run.
import autocannon from "autocannon";
import pg from "pg";
import { newApiToken } from "@/lib/tokens/token-format";
import type { Bench, BenchRow } from "./harness";
import { startConsole } from "./start-console";

const PORT = Number(process.env.BENCH_PORT ?? 3199);
const SERVICE_PORT = PORT + 1;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);

function load(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const bench: Bench = {
  name: "federation decisions",
  async run({ url, log }) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let stop: (() => void) | undefined;
    try {
      // Two networks with an active link both ways, 1,000 members on one side.
      const ids = (
        await client.query<{ id: string; slug: string }>(
          `INSERT INTO "Tenant" (id, slug, name, "federationMode", "updatedAt")
           VALUES (gen_random_uuid(), 'fed-a', 'Fed A', 'restricted', now()), (gen_random_uuid(), 'fed-b', 'Fed B', 'restricted', now())
           RETURNING id, slug`,
        )
      ).rows;
      const [a, b] = [ids.find((r) => r.slug === "fed-a")!, ids.find((r) => r.slug === "fed-b")!];
      await client.query(
        `INSERT INTO "SecurityGroup" ("tenantId", id, name, "isDefault", settings, "updatedAt")
         VALUES ($1, gen_random_uuid(), 'Default', true, '{}', now()), ($2, gen_random_uuid(), 'Default', true, '{}', now())`,
        [a.id, b.id],
      );
      await client.query(
        `INSERT INTO "Member" ("tenantId", id, email, "displayName", status, "groupId", "updatedAt")
         SELECT $1, gen_random_uuid(), 'm' || i || '@a.example', 'M ' || i, 'active',
                (SELECT id FROM "SecurityGroup" WHERE "tenantId" = $1), now()
         FROM generate_series(1, 1000) i`,
        [a.id],
      );
      await client.query(
        `INSERT INTO "FederationPartner" ("tenantId", id, relation, status, "partnerTenantId", "displayName", "updatedAt")
         VALUES ($1, gen_random_uuid(), 'allow', 'active', $2, 'Fed B', now()), ($2, gen_random_uuid(), 'allow', 'active', $1, 'Fed A', now())`,
        [a.id, b.id],
      );
      const members = (await client.query<{ id: string }>(`SELECT id FROM "Member" WHERE "tenantId" = $1`, [a.id]))
        .rows;
      const token = newApiToken();
      await client.query(
        `INSERT INTO "ApiToken" ("tenantId", id, name, prefix, "tokenHash", scopes, "expiresAt", "lastUsedAt")
         VALUES ($1, gen_random_uuid(), 'bench', $2, $3, ARRAY['service.federation.decide'], now() + interval '1 day', now())`,
        [a.id, token.prefix, token.hash],
      );

      const console_ = await startConsole(url, PORT, { CUSTODIAN_SERVICE_PORT: String(SERVICE_PORT) });
      stop = console_.stop;
      const base = console_.base;
      const service = `http://127.0.0.1:${SERVICE_PORT}`;
      const decide = {
        url: `${service}/api/service/v1/federation/decide`,
        method: "POST" as const,
        headers: { authorization: `Bearer ${token.token}`, "content-type": "application/json" },
        // A different member of A each time, so each answer needs that member's group.
        requests: members.slice(0, 100).map((m) => ({
          body: JSON.stringify({ memberId: m.id, target: { slug: "fed-b" } }),
        })),
      };
      // The answer must be right before it is fast.
      const check = await fetch(decide.url, {
        method: "POST",
        headers: decide.headers,
        body: decide.requests[0]!.body,
      });
      const answer = (await check.json()) as { allow?: boolean };
      if (check.status !== 200 || answer.allow !== true)
        throw new Error(`decision answered ${check.status} ${JSON.stringify(answer)}`);

      log("warming up…");
      await load({ url: `${base}/api/health`, connections: 10, duration: 3 });
      await load({ ...decide, connections: 10, duration: 3 });
      await load({ ...decide, url: `${base}/api/service/v1/federation/decide`, connections: 10, duration: 3 });
      const run = async (label: string, opts: autocannon.Options) => {
        log(`${label}, ${SECONDS} s at concurrency 50…`);
        const r = await load({ ...opts, connections: 50, duration: SECONDS });
        if (r.non2xx > 0 || r.errors > 0) throw new Error(`${label}: ${r.non2xx} non-2xx, ${r.errors} errors`);
        return r;
      };
      const trivial = await run("the console's trivial route", { url: `${base}/api/health` });
      const decisions = await run("decisions on the service port", decide);
      const viaConsole = await run("decisions through the console's route", {
        ...decide,
        url: `${base}/api/service/v1/federation/decide`,
      });
      const bare = await run("the service port's own /api/health", { url: `${service}/api/health` });

      const fmt = (r: autocannon.Result) =>
        `${Math.round(r.requests.average).toLocaleString("en-US")} req/s · p50 ${r.latency.p50} ms · p99 ${r.latency.p99} ms`;
      const ratio = decisions.requests.average / trivial.requests.average;
      const rows: BenchRow[] = [
        {
          name: "decisions per second on the service port, concurrency 50 (autocannon)",
          value: fmt(decisions),
          baselineName: "GET /api/health on the console, same server",
          baseline: fmt(trivial),
          ratio,
          target: "≥ 0.7×",
          ok: ratio >= 0.7,
        },
        {
          name: "decision p99 latency on the service port, concurrency 50",
          value: `${decisions.latency.p99} ms`,
          target: "< 10 ms",
          ok: decisions.latency.p99 < 10,
        },
        {
          name: "decisions through the console's own route (/api/service/v1/federation/decide)",
          value: fmt(viaConsole),
          baselineName: "GET /api/health on the console",
          baseline: fmt(trivial),
          ratio: viaConsole.requests.average / trivial.requests.average,
        },
        {
          name: "decisions on the service port",
          value: fmt(decisions),
          baselineName: "the service port's own /api/health (no work at all)",
          baseline: fmt(bare),
          ratio: decisions.requests.average / bare.requests.average,
        },
      ];
      return rows;
    } finally {
      stop?.();
      await client.end();
    }
  },
};

export default bench;
