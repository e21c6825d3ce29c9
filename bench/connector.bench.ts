// The ejabberd connector against a real ejabberd (Debian's 23.01, SQL storage
// with ejabberd's default pool of 10), each figure beside the raw API calls that
// do the same on the server in the same run:
// - suspend-to-disconnect: a signed-in client, its member suspended in the
//   database, the connector's loop at its shipped cadence (2 s), until the
//   server ends the session; beside kick_user's own disconnect;
// - provisioning and 10,000 suspensions taking effect, beside the same register
//   or reload + kick_user calls made directly;
// - reconciling a network of 100,000 accounts, beside registered_users alone;
// - a sync with nothing to do at 110,000 members, beside registered_vhosts.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { callEjabberd } from "@/lib/connector/ejabberd/call-ejabberd";
import { reconcileEjabberd } from "@/lib/connector/ejabberd/reconcile-ejabberd";
import { syncEjabberd } from "@/lib/connector/ejabberd/sync-ejabberd";
import { writeIncludeFile } from "@/lib/connector/ejabberd/write-include-file";
import { memberJid, splitJid, xmppLocalpart } from "@/lib/connector/ejabberd/xmpp-address";
import { startEjabberd, TEST_DOMAIN_PARENT } from "@/lib/testing/ejabberd-instance";
import { signInXmpp } from "@/lib/testing/xmpp-client";
import { type BenchRow, measure, ms } from "./harness";
import type { Bench } from "./harness";

const SYNC_SECONDS = 2;
const TRIALS = Number(process.env.BENCH_CONNECTOR_TRIALS ?? 30);
const SUSPENSIONS = 10_000;
const RECONCILE = 100_000;

const sleep = (n: number) => new Promise((r) => setTimeout(r, n));
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const secs = (n: number) => `${(n / 1000).toFixed(2)} s`;

async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

async function seedNetwork(client: pg.Client, slug: string, domain: string, members: number) {
  const tenant = (
    await client.query<{ id: string }>(
      `INSERT INTO "Tenant" (id, slug, name, "xmppDomain", "updatedAt") VALUES (gen_random_uuid(), $1, $1, $2, now()) RETURNING id`,
      [slug, domain],
    )
  ).rows[0]!.id;
  await client.query(
    `INSERT INTO "SecurityGroup" ("tenantId", id, name, "isDefault", settings, "updatedAt") VALUES ($1, gen_random_uuid(), 'Default', true, '{}', now())`,
    [tenant],
  );
  await client.query(
    `INSERT INTO "Member" ("tenantId", id, email, "displayName", status, "groupId", "updatedAt")
     SELECT $1, gen_random_uuid(), 'm' || i || '@${slug}.example', 'Member ' || i, 'active',
            (SELECT id FROM "SecurityGroup" WHERE "tenantId" = $1), now()
     FROM generate_series(1, $2::int) i`,
    [tenant, members],
  );
  return tenant;
}

const bench: Bench = {
  name: "ejabberd connector",
  async run({ url, log }) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const ej = await startEjabberd({ serverUrl: url, hosts: [], sqlPoolSize: 10 });
    const target = { api: ej.api, includeFile: ej.includeFile };
    const rows: BenchRow[] = [];
    try {
      const tag = randomBytes(3).toString("hex");
      const domain = `bench-${tag}.${TEST_DOMAIN_PARENT}`;
      const tenantId = await seedNetwork(client, `bench-${tag}`, domain, SUSPENSIONS);

      // Provisioning: the connector makes 10,000 accounts (a bounded share per sync) …
      let t0 = performance.now();
      for (let made = -1; made !== 0;) made = (await syncEjabberd(target)).registered.length;
      const provision = performance.now() - t0;
      // … beside 2,000 register calls on a host of the bench's own, at the connector's concurrency.
      const raw = `raw-${tag}.${TEST_DOMAIN_PARENT}`;
      await writeIncludeFile(ej.includeFile, { hosts: [domain, raw] });
      await callEjabberd(ej.api, "reload_config");
      t0 = performance.now();
      await eachLimited(
        Array.from({ length: 2_000 }, (_, i) => i),
        8,
        (i) =>
          callEjabberd(ej.api, "register", {
            user: `u${i}`,
            host: raw,
            password: randomBytes(24).toString("base64url"),
          }),
      );
      const rawRegister = (performance.now() - t0) / 2_000;
      const perAccount = provision / SUSPENSIONS;
      rows.push({
        name: `provision ${SUSPENSIONS.toLocaleString("en")} accounts (register + vCard + record)`,
        value: `${secs(provision)} · ${(1000 / perAccount).toFixed(0)} accounts/s`,
        baselineName: "raw register ×2,000",
        baseline: `${(1000 / rawRegister).toFixed(0)} accounts/s`,
        ratio: perAccount / rawRegister,
      });
      await syncEjabberd(target); // the raw host leaves the file again
      log(`provisioned ${SUSPENSIONS} accounts in ${secs(provision)}`);

      // Suspend-to-disconnect, with the connector's loop running at its shipped cadence.
      const [probe] = (
        await client.query<{ id: string; email: string }>(
          `SELECT id, email FROM "Member" WHERE "tenantId" = $1 ORDER BY email LIMIT 1`,
          [tenantId],
        )
      ).rows;
      const user = xmppLocalpart(probe!.email);
      await callEjabberd(ej.api, "change_password", { user, host: domain, newpass: "bench-password-1" });
      const device = () =>
        signInXmpp({
          port: ej.c2sPort,
          domain,
          username: user,
          password: "bench-password-1",
          resource: "phone",
          certificate: ej.certificate,
        });
      let looping = true;
      const loop = (async () => {
        while (looping) {
          await syncEjabberd(target);
          await sleep(SYNC_SECONDS * 1000);
        }
      })();
      const disconnect: number[] = [];
      for (let i = 0; i < TRIALS; i++) {
        const session = await device();
        // A random phase against the loop, as a real admin's click has.
        await sleep(Math.random() * SYNC_SECONDS * 1000);
        t0 = performance.now();
        await client.query(`UPDATE "Member" SET status = 'suspended' WHERE "tenantId" = $1 AND id = $2`, [
          tenantId,
          probe!.id,
        ]);
        await session.ended;
        disconnect.push(performance.now() - t0);
        await client.query(`UPDATE "Member" SET status = 'active' WHERE "tenantId" = $1 AND id = $2`, [
          tenantId,
          probe!.id,
        ]);
        for (let back = false; !back;) {
          await sleep(200);
          back = (await device()
            .then((s) => s.close().then(() => true))
            .catch(() => false)) as boolean;
        }
      }
      looping = false;
      await loop;
      disconnect.sort((a, b) => a - b);
      const kick: number[] = [];
      for (let i = 0; i < TRIALS; i++) {
        const session = await device();
        t0 = performance.now();
        await callEjabberd(ej.api, "kick_user", { user, host: domain });
        await session.ended;
        kick.push(performance.now() - t0);
      }
      kick.sort((a, b) => a - b);
      rows.push({
        name: `suspend → session ended (${TRIALS} trials, loop every ${SYNC_SECONDS} s)`,
        value: `p50 ${pct(disconnect, 50).toFixed(0)} ms · p99 ${pct(disconnect, 99).toFixed(0)} ms`,
        baselineName: "raw kick_user → ended",
        baseline: `p50 ${pct(kick, 50).toFixed(1)} ms · p99 ${pct(kick, 99).toFixed(1)} ms`,
        ratio: pct(disconnect, 50) / pct(kick, 50),
        target: "p99 ≤ 5,000 ms",
        ok: pct(disconnect, 99) <= 5_000,
      });

      // 10,000 suspensions at once: one sync writes the access list, reloads and ends every session.
      await client.query(`UPDATE "Member" SET status = 'suspended' WHERE "tenantId" = $1`, [tenantId]);
      t0 = performance.now();
      const applied = await syncEjabberd(target);
      const bulk = performance.now() - t0;
      if (applied.blocked.length !== SUSPENSIONS)
        throw new Error(`expected ${SUSPENSIONS} blocked, got ${applied.blocked.length}`);
      await device().then(
        () => {
          throw new Error("a suspended member signed in");
        },
        () => {},
      );
      const jids = (
        await client.query<{ email: string }>(`SELECT email FROM "Member" WHERE "tenantId" = $1`, [tenantId])
      ).rows.map((m) => memberJid(m.email, domain));
      t0 = performance.now();
      await writeIncludeFile(ej.includeFile, { hosts: [domain], blockedUsers: jids });
      await callEjabberd(ej.api, "reload_config");
      await eachLimited(jids, 8, (j) => callEjabberd(ej.api, "kick_user", splitJid(j)));
      const rawBulk = performance.now() - t0;
      rows.push({
        name: `${SUSPENSIONS.toLocaleString("en")} suspensions take effect (one sync)`,
        value: secs(bulk),
        baselineName: "raw write + reload_config + kick_user ×10,000",
        baseline: secs(rawBulk),
        ratio: bulk / rawBulk,
      });
      log(`10,000 suspensions in ${secs(bulk)} (raw ${secs(rawBulk)})`);

      // Reconciliation of 100,000 accounts: seeded on both sides directly (ejabberd's users table and the console's).
      const bigDomain = `big-${tag}.${TEST_DOMAIN_PARENT}`;
      const big = await seedNetwork(client, `big-${tag}`, bigDomain, RECONCILE);
      await client.query(
        `INSERT INTO "MessagingAccount" ("tenantId", "memberId", jid, "displayName", "updatedAt")
         SELECT "tenantId", id, replace(email, '@', '\\40') || '@' || $2, "displayName", now() FROM "Member" WHERE "tenantId" = $1`,
        [big, bigDomain],
      );
      const xmpp = new pg.Client({ connectionString: ej.databaseUrl! });
      await xmpp.connect();
      await xmpp.query(
        `INSERT INTO users (username, server_host, password)
         SELECT 'm' || i || '\\40big-${tag}.example', $1, 'x' FROM generate_series(1, $2::int) i`,
        [bigDomain, RECONCILE],
      );
      await xmpp.end();
      await syncEjabberd(target); // the host
      const reconcile = await measure(
        async () => {
          const found = (await reconcileEjabberd(ej.api, [big])).get(big)!;
          if (found.length) throw new Error(`reconciliation found ${found.length} differences in a clean network`);
        },
        5,
        1,
      );
      const list = await measure(() => callEjabberd(ej.api, "registered_users", { host: bigDomain }), 5, 1);
      rows.push({
        name: `reconcile ${RECONCILE.toLocaleString("en")} accounts`,
        value: ms(reconcile),
        baselineName: "raw registered_users",
        baseline: ms(list),
        ratio: reconcile.p50 / list.p50,
      });

      // A sync with nothing to do, at 110,000 members: what the loop costs every 2 s.
      const idle = await measure(() => syncEjabberd(target), 10, 2);
      const vhosts = await measure(() => callEjabberd(ej.api, "registered_vhosts"), 10, 2);
      rows.push({
        name: "idle sync at 110,000 members",
        value: ms(idle),
        baselineName: "raw registered_vhosts",
        baseline: ms(vhosts),
        ratio: idle.p50 / vhosts.p50,
      });
      return rows;
    } finally {
      await client.end();
      await ej.stop();
    }
  },
};

export default bench;
