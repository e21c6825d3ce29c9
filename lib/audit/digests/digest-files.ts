import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { getConfig } from "@/lib/config/read-config";
import { AUDIT_DIGEST_SCHEMA, auditDigestDocument } from "./audit-digest-document";

/**
 * Every signed digest is also written outside the database, one JSON file
 * per digest, as CloudTrail delivers digest files to S3: `<dir>/<chain>/
 * <number, 8 digits>.json`, holding the signed document as the database has
 * it. A file is created once and never replaced, so an insider who deletes or
 * rewrites digests in the database leaves the external series to show it.
 */
export function digestDir(): string {
  const c = getConfig();
  return path.resolve(c.CUSTODIAN_DIGEST_DIR ?? path.join(c.CUSTODIAN_DATA_DIR, "audit-digests"));
}

/** The directory of one chain's digests (a network's id, or "platform"). */
export function chainDigestDir(dir: string, tenantId: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(tenantId)) throw new Error(`not a chain id: ${tenantId}`);
  return path.join(dir, tenantId);
}

export const digestFileName = (number: number) => `${String(number).padStart(8, "0")}.json`;

const digestFile = z.object({
  document: z.object({
    schema: z.literal(AUDIT_DIGEST_SCHEMA),
    tenantId: z.string(),
    number: z.number().int().min(1),
    periodStart: z.iso.datetime(),
    periodEnd: z.iso.datetime(),
    lastSeq: z.string().regex(/^\d+$/),
    lastHash: z.string(),
    previousSignature: z.string().nullable(),
  }),
  signature: z.object({ alg: z.literal("EdDSA"), kid: z.string(), value: z.string() }),
});
export type DigestFile = z.infer<typeof digestFile>;

interface DigestRow {
  tenantId: string;
  number: number;
  periodStart: Date;
  periodEnd: Date;
  lastSeq: bigint;
  lastHash: string;
  previousSignature: string | null;
  kid: string;
  signature: string;
}

/** A digest row as its external file: the signed document and its signature. */
export function digestFileOf(row: DigestRow): DigestFile {
  return {
    document: auditDigestDocument(row),
    signature: { alg: "EdDSA", kid: row.kid, value: row.signature },
  };
}

const bytesOf = (file: DigestFile) => `${JSON.stringify(file, null, 2)}\n`;

/**
 * Writes a digest's file, refusing to replace another: a file already there
 * with the same bytes is fine (two writers raced), a different one is an error.
 */
export async function writeDigestFile(dir: string, row: DigestRow) {
  const chainDir = chainDigestDir(dir, row.tenantId);
  const file = path.join(chainDir, digestFileName(row.number));
  const bytes = bytesOf(digestFileOf(row));
  await mkdir(chainDir, { recursive: true });
  try {
    await writeFile(file, bytes, { flag: "wx", mode: 0o444 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    if ((await readFile(file, "utf8")) !== bytes)
      throw new Error(`${file} already holds another digest ${row.number}: it is never replaced`);
  }
  return file;
}

/** One chain's external series, by number, and what could not be read. */
export async function readDigestFiles(dir: string, tenantId: string) {
  const chainDir = chainDigestDir(dir, tenantId);
  const byNumber = new Map<number, DigestFile & { file: string }>();
  const problems: string[] = [];
  let names: string[];
  try {
    names = (await readdir(chainDir)).filter((n) => n.endsWith(".json")).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT")
      problems.push(`the external digest series ${chainDir} cannot be read: ${(err as Error).message}`);
    return { byNumber, problems };
  }
  // Read a batch at a time: a year of hourly digests is 8,760 files.
  const texts: (string | null)[] = [];
  for (let i = 0; i < names.length; i += 64)
    texts.push(
      ...(await Promise.all(
        names.slice(i, i + 64).map((n) => readFile(path.join(chainDir, n), "utf8").catch(() => null)),
      )),
    );
  for (const [i, name] of names.entries()) {
    const file = path.join(chainDir, name);
    let parsed: DigestFile;
    try {
      parsed = digestFile.parse(JSON.parse(texts[i] ?? ""));
    } catch {
      problems.push(`the digest file ${file} is not a signed audit digest`);
      continue;
    }
    if (parsed.document.tenantId !== tenantId) problems.push(`the digest file ${file} belongs to another chain`);
    else if (byNumber.has(parsed.document.number))
      problems.push(
        `two digest files claim number ${parsed.document.number}: ${byNumber.get(parsed.document.number)!.file} and ${file}`,
      );
    else byNumber.set(parsed.document.number, { ...parsed, file });
  }
  return { byNumber, problems };
}

/**
 * The newest digest of one chain's external series, by file name, for the
 * writer: it needs the last number and signature, not the whole series.
 */
export async function readLastDigestFile(dir: string, tenantId: string): Promise<DigestFile | null> {
  const chainDir = chainDigestDir(dir, tenantId);
  let names: string[];
  try {
    names = (await readdir(chainDir)).filter((n) => /^\d{8}\.json$/.test(n)).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
  const last = names.at(-1);
  if (!last) return null;
  const file = path.join(chainDir, last);
  const parsed = digestFile.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (
    !parsed.success ||
    parsed.data.document.tenantId !== tenantId ||
    digestFileName(parsed.data.document.number) !== last
  )
    throw new Error(`${file} is not this chain's digest ${Number(last.slice(0, 8))}`);
  return parsed.data;
}
