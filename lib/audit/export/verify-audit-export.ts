import { createHash, type KeyObject } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parse } from "csv-parse";
import { GENESIS_HASH, hashAuditEvent } from "@/lib/audit-chain/hash-audit-event";
import { verifyDocument, type SignedDocument } from "@/lib/signing/sign-document";
import { unescapeCell } from "@/lib/csv/spreadsheet-safe";
import { ESCAPED_COLUMNS, EXPORT_COLUMNS, rowToHashed } from "./export-format";
import { EXPORT_MANIFEST_SCHEMAS, type ExportManifest } from "./export-manifest";

export type ExportVerdict =
  | { ok: true; rows: number; firstSeq: string | null; lastSeq: string | null; kid: string }
  | { ok: false; rows: number; firstBadSeq: string | null; reason: string };

async function* rowsOf(
  filePath: string,
  format: "csv" | "jsonl",
  escaped: boolean,
): AsyncGenerator<Record<string, unknown>> {
  if (format === "jsonl") {
    const lines = createInterface({ input: createReadStream(filePath), crlfDelay: Infinity });
    for await (const line of lines) if (line !== "") yield JSON.parse(line) as Record<string, unknown>;
    return;
  }
  // COPY writes NULL as an unquoted empty field and "" as a quoted one; keep them apart.
  const parser = createReadStream(filePath).pipe(
    parse({ columns: true, cast: (value, ctx) => (value === "" && !ctx.quoting ? null : value) }),
  );
  for await (const row of parser as AsyncIterable<Record<string, string | null>>) {
    if (escaped) for (const c of ESCAPED_COLUMNS) if (typeof row[c] === "string") row[c] = unescapeCell(row[c]);
    yield row;
  }
}

async function sha256Of(filePath: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(filePath)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest("hex"), bytes };
}

/**
 * Checks an export against its signed manifest, offline: the signature (under
 * a key from the published JWKS), the file's SHA-256 and size, the row count
 * and seq range, every row's own hash, seq order, and — wherever two rows are
 * neighbours in the chain — the link between them. An unfiltered export must
 * also be gap-free. Whatever was modified, inserted, deleted or reordered is
 * reported with the first seq where it shows.
 */
export async function verifyAuditExport(
  filePath: string,
  manifestPath: string,
  keys: ReadonlyMap<string, KeyObject>,
): Promise<ExportVerdict> {
  let signed: SignedDocument<ExportManifest>;
  try {
    signed = JSON.parse(await readFile(manifestPath, "utf8")) as SignedDocument<ExportManifest>;
  } catch (err) {
    return { ok: false, rows: 0, firstBadSeq: null, reason: `the manifest cannot be read: ${(err as Error).message}` };
  }
  const m = signed.document;
  const fail = (rows: number, firstBadSeq: string | null, reason: string): ExportVerdict => ({
    ok: false,
    rows,
    firstBadSeq,
    reason,
  });
  if (!EXPORT_MANIFEST_SCHEMAS.includes(m?.schema)) return fail(0, null, "this is not an audit export manifest");
  const key = keys.get(signed.signature?.kid);
  if (!key)
    return fail(
      0,
      null,
      `the manifest is signed with key ${signed.signature?.kid}, which is not among the trusted keys`,
    );
  if (!verifyDocument(signed, key)) return fail(0, null, "the manifest's signature does not verify");

  const gapFree = Object.keys(m.filter).length === 0;
  let rows = 0;
  let previous: { seq: bigint; hash: string } | null = null;
  try {
    for await (const raw of rowsOf(filePath, m.format, m.cells === "apostrophe-escaped")) {
      rows++;
      const missing = EXPORT_COLUMNS.find((c) => !(c in raw));
      if (missing) return fail(rows, String(raw.seq ?? "") || null, `a row has no ${missing} column`);
      const e = rowToHashed(raw);
      const seq = e.seq.toString();
      if (e.tenantId !== m.tenantId) return fail(rows, seq, `event ${seq} belongs to another network`);
      if (previous && e.seq <= previous.seq) return fail(rows, seq, `event ${seq} is out of order`);
      if (gapFree && previous && e.seq !== previous.seq + 1n)
        return fail(rows, (previous.seq + 1n).toString(), `event ${previous.seq + 1n} is missing`);
      if (hashAuditEvent(e) !== e.hash) return fail(rows, seq, `event ${seq} does not match its hash`);
      if (previous && e.seq === previous.seq + 1n && e.prevHash !== previous.hash)
        return fail(rows, seq, `event ${seq} does not link to event ${previous.seq}`);
      if (!previous && e.seq === 1n && e.prevHash !== GENESIS_HASH)
        return fail(rows, seq, "event 1 does not start from the genesis hash");
      previous = { seq: e.seq, hash: e.hash };
      if (rows === 1 && seq !== m.firstSeq)
        return fail(rows, seq, `the manifest says the export starts at ${m.firstSeq}`);
    }
  } catch (err) {
    return fail(
      rows,
      previous ? (previous.seq + 1n).toString() : null,
      `the file cannot be parsed: ${(err as Error).message}`,
    );
  }
  const lastSeq = previous?.seq.toString() ?? null;
  if (lastSeq !== m.lastSeq) return fail(rows, lastSeq, `the manifest says the export ends at ${m.lastSeq}`);
  if (rows !== m.rows) return fail(rows, null, `the file has ${rows} rows; the manifest says ${m.rows}`);
  if (m.chainHead.seq === lastSeq && previous?.hash !== m.chainHead.hash)
    return fail(rows, lastSeq, "the last event is not the chain head the manifest names");
  const file = await sha256Of(filePath);
  if (file.sha256 !== m.file.sha256 || file.bytes !== m.file.bytes)
    return fail(rows, null, "the file's SHA-256 differs from the manifest's: it was changed after export");
  return { ok: true, rows, firstSeq: m.firstSeq, lastSeq, kid: signed.signature.kid };
}
