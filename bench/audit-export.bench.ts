// Exporting 1,000,000 audit events to a file with a signed manifest, beside a
// bare `COPY (SELECT …) TO STDOUT` of the same rows read by the same client in
// the same run, and the process's peak resident memory while it streams.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { exportCopySql } from "@/lib/audit/export/export-format";
import { writeAuditExport } from "@/lib/audit/export/write-audit-export";
import { db } from "@/lib/db";
import { getSigningKey } from "@/lib/signing/get-signing-key";
import { type Bench, type BenchRow, peakRss } from "./harness";

const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);

const bench: Bench = {
  name: "audit export",
  async run({ url, log }) {
    // The manifest's signing key is sealed at rest; a scratch database gets a scratch key.
    process.env.CUSTODIAN_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const dir = await mkdtemp(path.join(tmpdir(), "custodian-bench-export-"));
    try {
      const tenantId = (
        await client.query<{ id: string }>(
          `INSERT INTO "Tenant" (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), 'audit', 'Audit', now()) RETURNING id`,
        )
      ).rows[0]!.id;
      const t0 = Date.now();
      // Events shaped like the console's own: an actor, a target, an IP and user agent, a small before/after.
      await client.query(
        `INSERT INTO "AuditEvent" ("tenantId", seq, at, "actorType", "actorId", "actorLabel", action, "targetType",
                                   "targetId", outcome, ip, "userAgent", "requestId", changes, "prevHash", hash)
         SELECT $1, g, now() - interval '1 year' + g * interval '30 seconds', 'console_user', 'u-' || (g % 50),
                'admin' || (g % 50) || '@acme.example', (ARRAY['member.suspend','group.update','member.invite','hold.create'])[1 + g % 4],
                'member', gen_random_uuid()::text, (CASE WHEN g % 17 = 0 THEN 'denied' ELSE 'success' END)::"AuditOutcome",
                '10.1.' || (g % 250) || '.' || (g % 200), 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0', gen_random_uuid()::text,
                jsonb_build_object('before', jsonb_build_object('status', 'active'), 'after', jsonb_build_object('status', 'suspended', 'reason', 'case ' || g)),
                md5(g::text) || md5((g - 1)::text), md5(g::text) || md5(g::text)
         FROM generate_series(1, $2::int) g`,
        [tenantId, EVENTS],
      );
      await client.query(
        `INSERT INTO "AuditChainHead" ("tenantId", seq, hash, "updatedAt") VALUES ($1, $2, md5('h') || md5('h'), now())`,
        [tenantId, EVENTS],
      );
      await client.query(`ANALYZE "AuditEvent"`);
      log(`seeded ${EVENTS.toLocaleString("en-US")} events in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

      // The baseline: the same SELECT as the CSV export, copied out and thrown away.
      const where = `"tenantId" = '${tenantId}'`;
      const copyOnce = async () => {
        let bytes = 0;
        const s = performance.now();
        await pipeline(
          client.query(copyTo(exportCopySql("csv", where))),
          new Writable({
            write(chunk: Buffer, _e, done) {
              bytes += chunk.length;
              done();
            },
          }),
        );
        return { ms: performance.now() - s, bytes };
      };
      await copyOnce(); // warm the cache, unmeasured
      const copy = await copyOnce();
      log(`COPY TO STDOUT: ${(copy.ms / 1000).toFixed(2)} s, ${(copy.bytes / 2 ** 20).toFixed(0)} MiB`);
      const copyRate = EVENTS / (copy.ms / 1000);
      // A running console has its signing key (and database pool) already: do not time their first use.
      await getSigningKey();
      const rows: BenchRow[] = [];
      for (const format of ["csv", "jsonl"] as const) {
        const rssBefore = process.memoryUsage().rss / 2 ** 20;
        const s = performance.now();
        const { result, peakMiB } = await peakRss(() =>
          writeAuditExport({
            exportId: "00000000-0000-7000-8000-000000000000",
            tenantId,
            format,
            filter: {},
            dir,
            fileName: `bench.${format}`,
            connectionString: url,
          }),
        );
        const took = performance.now() - s;
        if (result.document.rows !== EVENTS) throw new Error(`exported ${result.document.rows} rows`);
        const rate = EVENTS / (took / 1000);
        log(
          `${format} export: ${(took / 1000).toFixed(2)} s, ${(result.document.file.bytes / 2 ** 20).toFixed(0)} MiB`,
        );
        rows.push({
          name: `export ${EVENTS.toLocaleString("en-US")} events as ${format === "csv" ? "CSV" : "JSON Lines"} to a file with SHA-256 and a signed manifest (peak RSS ${peakMiB.toFixed(0)} MiB, ${(peakMiB - rssBefore).toFixed(0)} MiB above idle)`,
          value: `${Math.round(rate).toLocaleString("en-US")} rows/s (${(took / 1000).toFixed(2)} s, ${(result.document.file.bytes / 2 ** 20).toFixed(0)} MiB)`,
          baselineName: "COPY (SELECT …) TO STDOUT, same rows",
          baseline: `${Math.round(copyRate).toLocaleString("en-US")} rows/s (${(copy.ms / 1000).toFixed(2)} s)`,
          ratio: rate / copyRate,
          target: "≥ 0.5×",
          ok: rate / copyRate >= 0.5,
        });
        await rm(path.join(dir, `bench.${format}`), { force: true });
      }
      return rows;
    } finally {
      await rm(dir, { recursive: true, force: true });
      await client.end();
      await db.$disconnect();
    }
  },
};

export default bench;
