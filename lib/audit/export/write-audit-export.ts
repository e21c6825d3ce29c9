import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { auditFilterSql, compactFilter, type AuditFilter } from "@/lib/audit/explorer/audit-filter";
import { GENESIS_HASH } from "@/lib/audit-chain/hash-audit-event";
import { getSigningKey } from "@/lib/signing/get-signing-key";
import { signDocument, type SignedDocument } from "@/lib/signing/sign-document";
import { copyTextToJsonl } from "./copy-text-to-jsonl";
import { exportCopySql, type ExportFormat } from "./export-format";
import { EXPORT_MANIFEST_SCHEMA, type ExportManifest } from "./export-manifest";

export interface WriteExportRequest {
  exportId: string;
  tenantId: string;
  format: ExportFormat;
  filter: AuditFilter;
  /** Directory for `<fileName>` and `<fileName>.manifest.json`. */
  dir: string;
  fileName: string;
  connectionString: string;
  /** The writer's attempt: its partial file is its own, so a writer that lost the export cannot corrupt another's. */
  attempt?: number;
  /** Called once the file is complete, before it appears under its name; throw to abandon it. */
  beforePublish?: () => Promise<void>;
  /** Called about twice a second with the rows written so far, and the rows the filter matched. */
  onProgress?: (rowsWritten: number, totalRows: number) => Promise<void> | void;
}

/**
 * Streams one export to disk with constant memory: PostgreSQL formats the
 * rows (COPY), this process only hashes and counts them on their way to the
 * file. The count, the first and last seq, the chain head and the rows all come
 * from one REPEATABLE READ snapshot, so the manifest describes the file exactly
 * even while events keep arriving. The file appears under its name only once
 * complete; a failure leaves nothing behind.
 */
export async function writeAuditExport(req: WriteExportRequest): Promise<SignedDocument<ExportManifest>> {
  const where = auditFilterSql([req.tenantId], req.filter);
  const client = new pg.Client({ connectionString: req.connectionString, application_name: "custodian-export" });
  const filePath = path.join(req.dir, req.fileName);
  const partial = `${filePath}${req.attempt === undefined ? "" : `.${req.attempt}`}.partial`;
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const {
      rows: [span],
    } = await client.query<{ n: string; first: string | null; last: string | null }>(
      `SELECT count(*)::text AS n, min(seq)::text AS first, max(seq)::text AS last FROM "AuditEvent" WHERE ${where}`,
    );
    const {
      rows: [head],
    } = await client.query<{ seq: string; hash: string }>(
      `SELECT seq::text AS seq, hash FROM "AuditChainHead" WHERE "tenantId" = $1`,
      [req.tenantId],
    );
    const total = Number(span!.n);
    const sha = createHash("sha256");
    let bytes = 0;
    let newlines = 0;
    let lastReport = 0;
    const headerLines = req.format === "csv" ? 1 : 0;
    // COPY hands over one chunk per row. Gathered into blocks of 256 KiB before
    // hashing and writing, a million rows are a few thousand writes, not a million.
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const block = (): Buffer => {
      const b = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      sha.update(b);
      bytes += b.length;
      // Progress only (a CSV field may hold a newline); the manifest's count is COPY's own.
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) newlines++;
      return b;
    };
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes < 256 * 1024) return done();
        const b = block();
        const now = Date.now();
        if (req.onProgress && now - lastReport > 500) {
          lastReport = now;
          Promise.resolve(req.onProgress(Math.max(0, newlines - headerLines), total)).then(() => done(null, b), done);
          return;
        }
        done(null, b);
      },
      flush(done) {
        done(null, pendingBytes ? block() : undefined);
      },
    });
    const copy = client.query(copyTo(exportCopySql(req.format, where)));
    if (req.format === "jsonl") await pipeline(copy, copyTextToJsonl(), meter, createWriteStream(partial));
    else await pipeline(copy, meter, createWriteStream(partial));
    await client.query("COMMIT");
    const rows = Number(copy.rowCount);
    await req.beforePublish?.();
    await rename(partial, filePath);
    const manifest: ExportManifest = {
      schema: EXPORT_MANIFEST_SCHEMA,
      ...(req.format === "csv" ? { cells: "apostrophe-escaped" as const } : {}),
      exportId: req.exportId,
      tenantId: req.tenantId,
      format: req.format,
      filter: compactFilter(req.filter),
      createdAt: new Date().toISOString(),
      rows,
      firstSeq: span!.first,
      lastSeq: span!.last,
      file: { name: req.fileName, bytes: (await stat(filePath)).size, sha256: sha.digest("hex") },
      chainHead: head ? { seq: head.seq, hash: head.hash } : { seq: "0", hash: GENESIS_HASH },
      keys: "/.well-known/jwks.json",
    };
    if (manifest.file.bytes !== bytes) throw new Error("the file on disk differs from what was written");
    const signed = signDocument(manifest, await getSigningKey());
    await writeFile(`${filePath}.manifest.json`, `${JSON.stringify(signed, null, 2)}\n`);
    await req.onProgress?.(rows, total);
    return signed;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    await rm(partial, { force: true });
    throw err;
  } finally {
    await client.end();
  }
}
