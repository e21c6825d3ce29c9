import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getConfig } from "@/lib/config/read-config";
import { type KeyTrust, distrustOf, loadKeyTrust } from "@/lib/signing/key-trust";
import { canonicalBytes, verifyDocument } from "@/lib/signing/sign-document";
import { type DigestFile, chainDigestDir, digestDir, digestFileOf, readDigestFiles } from "./digest-files";
import { nextDigestDueBy } from "./digest-schedule";

export type DigestVerdict =
  | {
      ok: true;
      /** Digests checked (database and external copy agreeing). */
      digests: number;
      /** Digest files in the external series. */
      external: number;
      lastSeq: bigint | null;
      newestAt: Date | null;
      warnings: string[];
    }
  | {
      ok: false;
      digests: number;
      external: number;
      /** The digest the first reason is about; null when it concerns no one digest. */
      number: number | null;
      /** The first seq no verified digest vouches for. */
      firstBadSeq: bigint;
      reason: string;
      /** Every reason found (the first is `reason`), at most MAX_REASONS. */
      reasons: string[];
      warnings: string[];
    };

export interface DigestCheckOptions {
  /** The keys to rely on; by default the configured trust root and the endorsements in `client`. */
  trust?: KeyTrust;
  /** The external series' root directory (CUSTODIAN_DIGEST_DIR by default). */
  digestDir?: string;
  /** The digest schedule whose periods bound staleness and gaps (CUSTODIAN_AUDIT_DIGEST_SCHEDULE by default). */
  schedule?: string;
  now?: Date;
}

const MAX_REASONS = 20;

interface Entry {
  number: number;
  periodEnd: Date;
  lastSeq: bigint;
  lastHash: string;
  previousSignature: string | null;
  kid: string;
  signature: string;
  where: string;
  signed: DigestFile;
}

function entryOfFile(f: DigestFile & { file: string }): Entry {
  const d = f.document;
  return {
    number: d.number,
    periodEnd: new Date(d.periodEnd),
    lastSeq: BigInt(d.lastSeq),
    lastHash: d.lastHash,
    previousSignature: d.previousSignature,
    kid: f.signature.kid,
    signature: f.signature.value,
    where: `in ${f.file}`,
    signed: { document: f.document, signature: f.signature },
  };
}

/**
 * Checks a chain's digests against the trust root, against their external
 * copies, against each other and against the log. The external series (one
 * file per digest, outside the database) is the authority: a digest missing
 * from the database or differing from its file fails, and so does one in the
 * database with no file. Every digest must be signed under a key that chains
 * to the trust root, name the previous one's signature, never go backwards,
 * follow the previous one within two digest periods, and name the hash the
 * log still has at its seq (unless retention trimmed that event); the newest
 * must be younger than two digest periods. A log rewritten with recomputed
 * hashes, cut short, or re-signed under an inserted key therefore fails, and
 * so does one whose digests were deleted.
 */
export async function verifyAuditDigests(
  client: Pick<PrismaClient, "auditDigest" | "auditEvent" | "auditChainHead" | "auditCheckpoint" | "signingKey">,
  tenantId: string,
  options: DigestCheckOptions = {},
): Promise<DigestVerdict> {
  const dir = options.digestDir ?? digestDir();
  const now = options.now ?? new Date();
  const schedule = options.schedule ?? getConfig().CUSTODIAN_AUDIT_DIGEST_SCHEDULE;
  // One after another: the client may be a transaction, which runs one query at a time.
  const trust = options.trust ?? (await loadKeyTrust(client));
  const rows = await client.auditDigest.findMany({ where: { tenantId }, orderBy: { number: "asc" } });
  const head = await client.auditChainHead.findUnique({ where: { tenantId } });
  const checkpoint = await client.auditCheckpoint.findUnique({ where: { tenantId } });
  const files = await readDigestFiles(dir, tenantId);
  const external = [...files.byNumber.values()].map(entryOfFile);
  const rowByNumber = new Map(rows.map((r) => [r.number, r]));
  const fileByNumber = new Map(external.map((e) => [e.number, e]));
  // The events the digests sign for, read once rather than one query per digest.
  const signedFor = await client.auditEvent.findMany({
    where: { tenantId, seq: { in: [...new Set([...rows, ...external].map((d) => d.lastSeq))] } },
    select: { seq: true, hash: true },
  });
  const hashAt = new Map(signedFor.map((e) => [e.seq, e.hash]));

  const problems: { number: number | null; firstBadSeq: bigint; reason: string }[] = [];
  if (!trust.root.ok)
    problems.push({
      number: null,
      firstBadSeq: 1n,
      reason: `the trust root ${trust.root.file} cannot be read (${trust.root.reason}): no key can be trusted`,
    });
  for (const reason of files.problems) problems.push({ number: null, firstBadSeq: 1n, reason });

  const signatureProblem = (signed: DigestFile): string | null => {
    const distrust = distrustOf(trust, signed.signature.kid);
    if (distrust) return `is signed with ${distrust}`;
    return verifyDocument(signed, trust.keys.get(signed.signature.kid)!) ? null : "is not validly signed";
  };

  const last = Math.max(0, ...rows.map((r) => r.number), ...external.map((e) => e.number));
  let previous: Entry | undefined;
  let verified = 0;
  for (let n = 1; n <= last; n++) {
    const row = rowByNumber.get(n);
    const rowSigned = row ? digestFileOf(row) : undefined;
    const file = fileByNumber.get(n);
    const from = (previous?.lastSeq ?? 0n) + 1n;
    const before = problems.length;
    const bad = (reason: string, firstBadSeq = from) => problems.push({ number: n, firstBadSeq, reason });
    if (!row && !file) {
      bad(`digest ${n} is missing from the database and from the external series`);
      continue;
    }
    const d: Entry = file ?? { ...row!, where: "in the database", signed: rowSigned! };
    const unsigned = signatureProblem(d.signed);
    if (unsigned) bad(`digest ${n} ${d.where} ${unsigned}`);
    if (file && !row)
      bad(`digest ${n} is in the external series (${file.where.slice(3)}) but missing from the database`);
    else if (row && !file)
      bad(`digest ${n} is in the database but not in the external series (${chainDigestDir(dir, tenantId)})`);
    else if (row && file && !canonicalBytes(rowSigned).equals(canonicalBytes(file.signed))) {
      const rowProblem = signatureProblem(rowSigned!);
      bad(`digest ${n} in the database ${rowProblem ?? "differs from its external copy"}`);
    }
    if (previous && previous.number === n - 1 && d.previousSignature !== previous.signature)
      bad(`digest ${n} does not follow digest ${previous.number}`);
    if (!previous && n === 1 && d.previousSignature !== null) bad("digest 1 names a previous digest");
    if (previous && d.lastSeq < previous.lastSeq) bad(`digest ${n} goes back to seq ${d.lastSeq}`);
    if (previous && d.periodEnd > nextDigestDueBy(schedule, previous.periodEnd))
      bad(
        `digests ${previous.number} and ${n} are more than two digest periods apart ` +
          `(${previous.periodEnd.toISOString()} to ${d.periodEnd.toISOString()}): a gap in the series`,
      );
    if (head && d.lastSeq > head.seq)
      bad(`digest ${n} saw the log reach seq ${d.lastSeq}; it now ends at ${head.seq}`, head.seq + 1n);
    const trimmed = checkpoint && d.lastSeq <= checkpoint.seq;
    if (d.lastSeq > 0n && !trimmed) {
      const hash = hashAt.get(d.lastSeq);
      if (hash === undefined) bad(`event ${d.lastSeq}, signed for by digest ${n}, is missing`);
      // The change is somewhere after the previous digest's seq: the chain check names the exact event.
      else if (hash !== d.lastHash)
        bad(
          `event ${d.lastSeq} differs from what digest ${n} signed: the log was changed after seq ${previous?.lastSeq ?? 0n}`,
        );
    }
    if (problems.length === before) verified++;
    previous = d;
  }

  if (!previous) {
    const first = await client.auditEvent.findFirst({
      where: { tenantId },
      orderBy: { seq: "asc" },
      select: { seq: true, at: true },
    });
    if (first && now > nextDigestDueBy(schedule, first.at))
      problems.push({
        number: null,
        firstBadSeq: first.seq,
        reason: `no signed digest covers this chain, whose log began at ${first.at.toISOString()}, more than two digest periods ago`,
      });
  } else if (now > nextDigestDueBy(schedule, previous.periodEnd))
    problems.push({
      number: previous.number,
      firstBadSeq: previous.lastSeq + 1n,
      reason:
        `the newest digest, ${previous.number} of ${previous.periodEnd.toISOString()}, is older than two digest ` +
        `periods (schedule "${schedule}"): the digests after it are missing, or the digest job has stopped`,
    });

  const warnings = [
    ...trust.warnings,
    ...[...trust.untrusted].map(
      ([kid, why]) => `key ${kid} is in the database but does not chain to the trust root: ${why}`,
    ),
  ];
  const counts = { digests: verified, external: external.length, warnings };
  const [first] = problems;
  if (!first) return { ok: true, ...counts, lastSeq: previous?.lastSeq ?? null, newestAt: previous?.periodEnd ?? null };
  return {
    ok: false,
    ...counts,
    number: first.number,
    firstBadSeq: first.firstBadSeq,
    reason: first.reason,
    reasons: problems.slice(0, MAX_REASONS).map((p) => p.reason),
  };
}
