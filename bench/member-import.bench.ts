// CSV import of 100,000 members: the dry run and the batched apply, beside the
// same rows inserted with one INSERT … SELECT from arrays; then the same file
// checked again (every row an existing member: lookups past PostgreSQL's
// 32,767-parameter limit), and a 30 MB file, each with the process's peak RSS.
import pg from "pg";
import { loadConsoleActor } from "@/lib/auth/load-console-actor";
import { db } from "@/lib/db";
import { applyMemberImport } from "@/lib/members/import/apply-member-import";
import { previewMemberImport } from "@/lib/members/import/preview-member-import";
import { runMemberImport } from "@/lib/members/import/run-member-import";
import { type Bench, type BenchRow, peakRss } from "./harness";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);

const bench: Bench = {
  name: "member import",
  async run({ url, log }) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tenants = await client.query<{ id: string }>(
        `INSERT INTO "Tenant" (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), 'imp', 'Import', now()), (gen_random_uuid(), 'raw', 'Raw', now()) RETURNING id`,
      );
      const [tenantId, rawTenant] = tenants.rows.map((r) => r.id) as [string, string];
      for (const t of [tenantId, rawTenant]) {
        await client.query(
          `INSERT INTO "SecurityGroup" ("tenantId", id, name, "isDefault", settings, "updatedAt") VALUES ($1, gen_random_uuid(), 'Staff', true, '{}', now())`,
          [t],
        );
      }
      await client.query(
        `INSERT INTO "ConsoleUser" (id, email, name, "isPlatformOperator", "updatedAt") VALUES (gen_random_uuid(), 'bench@bench', 'Bench', true, now())`,
      );
      const opId = (await client.query<{ id: string }>(`SELECT id FROM "ConsoleUser" WHERE email = 'bench@bench'`))
        .rows[0]!.id;
      const ctx = { actor: (await loadConsoleActor(opId))!.actor, request: {} };

      const csv = [
        "email,first name,last name,group",
        ...Array.from({ length: ROWS }, (_, i) => `user${i}@import.example,First${i % 997},Last${i % 1009},Staff`),
      ].join("\n");
      log(`importing ${ROWS.toLocaleString("en-US")} rows (${(csv.length / 1e6).toFixed(1)} MB)…`);
      const { result: preview, peakMiB: previewPeak } = await peakRss(async () => {
        const t0 = performance.now();
        const r = await previewMemberImport(ctx, { tenantId, fileName: "bench.csv", csv });
        return { ...r, ms: performance.now() - t0 };
      });
      await applyMemberImport(ctx, { tenantId, importId: preview.id });
      const { result: applyMs, peakMiB: applyPeak } = await peakRss(async () => {
        const t0 = performance.now();
        await runMemberImport(tenantId, preview.id);
        return performance.now() - t0;
      });
      const created = (
        await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Member" WHERE "tenantId" = $1`, [tenantId])
      ).rows[0]!.n;
      if (created !== ROWS) throw new Error(`expected ${ROWS} members, found ${created}`);

      const t0 = performance.now();
      await client.query(
        `INSERT INTO "Member" ("tenantId", id, email, "firstName", "lastName", "displayName", "groupId", status, "updatedAt")
         SELECT $1, gen_random_uuid(), e, f, l, f || ' ' || l, (SELECT id FROM "SecurityGroup" WHERE "tenantId" = $1), 'pending', now()
         FROM unnest($2::text[], $3::text[], $4::text[]) AS r(e, f, l)`,
        [
          rawTenant,
          Array.from({ length: ROWS }, (_, i) => `user${i}@import.example`),
          Array.from({ length: ROWS }, (_, i) => `First${i % 997}`),
          Array.from({ length: ROWS }, (_, i) => `Last${i % 1009}`),
        ],
      );
      const rawMs = performance.now() - t0;
      // The same file again: 100,000 existing members to look up.
      const { result: again, peakMiB: againPeak } = await peakRss(async () => {
        const t0 = performance.now();
        const r = await previewMemberImport(ctx, { tenantId, fileName: "again.csv", csv });
        return { ...r, ms: performance.now() - t0 };
      });
      if (again.unchanged !== ROWS) throw new Error(`re-import: expected ${ROWS} unchanged, got ${again.unchanged}`);
      const t1 = performance.now();
      await client.query(
        `SELECT email, "firstName", "lastName" FROM "Member" WHERE "tenantId" = $1 AND email = ANY($2)`,
        [tenantId, Array.from({ length: ROWS }, (_, i) => `user${i}@import.example`)],
      );
      const lookupMs = performance.now() - t1;

      // A 30 MB file: the same number of rows, with the long names and ids directories really have.
      const pad = "x".repeat(80);
      const big = [
        "email,first name,last name,group,external id",
        ...Array.from(
          { length: ROWS },
          (_, i) => `big.user.${i}@import.example,First${pad}${i % 997},Last${pad}${i % 1009},Staff,ext-${pad}-${i}`,
        ),
      ].join("\n");
      const bigMB = Buffer.byteLength(big) / 1e6;
      const { result: bigRun, peakMiB: bigPeak } = await peakRss(async () => {
        const t0 = performance.now();
        const r = await previewMemberImport(ctx, { tenantId, fileName: "big.csv", csv: big });
        return { ...r, ms: performance.now() - t0 };
      });
      if (bigRun.creates !== ROWS || bigRun.errors !== 0) throw new Error(`30 MB file: ${JSON.stringify(bigRun)}`);

      const rate = (ms: number) =>
        `${Math.round(ROWS / (ms / 1000)).toLocaleString("en-US")} rows/s (${(ms / 1000).toFixed(1)} s)`;
      const rows: BenchRow[] = [
        { name: `dry run, ${ROWS.toLocaleString("en-US")} rows`, value: rate(preview.ms) },
        {
          name: `apply, ${ROWS.toLocaleString("en-US")} rows (batches of 1,000, audit event per member)`,
          value: rate(applyMs),
          baselineName: "one INSERT … SELECT, no audit",
          baseline: rate(rawMs),
          ratio: applyMs / rawMs,
        },
        {
          name: "process peak RSS (dry run / apply)",
          value: `${previewPeak.toFixed(0)} MiB / ${applyPeak.toFixed(0)} MiB`,
        },
        {
          name: `dry run again, ${ROWS.toLocaleString("en-US")} existing members (chunked lookups)`,
          value: `${rate(again.ms)} · peak RSS ${againPeak.toFixed(0)} MiB`,
          baselineName: "the same lookup as one SELECT … = ANY(array)",
          baseline: `${(lookupMs / 1000).toFixed(2)} s`,
          ratio: again.ms / lookupMs,
        },
        {
          name: `dry run of a ${bigMB.toFixed(1)} MB file (${ROWS.toLocaleString("en-US")} rows)`,
          value: `${rate(bigRun.ms)} · peak RSS ${bigPeak.toFixed(0)} MiB`,
          baselineName: `the ${ROWS.toLocaleString("en-US")}-row file of ${(csv.length / 1e6).toFixed(1)} MB`,
          baseline: rate(preview.ms),
          ratio: bigRun.ms / preview.ms,
        },
      ];
      return rows;
    } finally {
      await client.end();
      await db.$disconnect();
    }
  },
};

export default bench;
