import { createPublicKey, type KeyObject } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { verifyDocument } from "@/lib/signing/sign-document";
import { auditDigestDocument } from "./audit-digest-document";

export type DigestVerdict =
  | { ok: true; digests: number; lastSeq: bigint | null }
  | { ok: false; digests: number; number: number; firstBadSeq: bigint; reason: string };

/**
 * Checks a chain's digests against each other and against the log: numbers
 * without gaps, each signed under a published key and naming the previous
 * one's signature, never going backwards, and each digest's last hash equal to
 * the event it names (unless retention trimmed that event). A log rewritten
 * with recomputed hashes, or cut short at the end, disagrees with a digest.
 */
export async function verifyAuditDigests(
  client: Pick<PrismaClient, "auditDigest" | "auditEvent" | "auditChainHead" | "auditCheckpoint" | "signingKey">,
  tenantId: string,
): Promise<DigestVerdict> {
  // One after another: the client may be a transaction, which runs one query at a time.
  const digests = await client.auditDigest.findMany({ where: { tenantId }, orderBy: { number: "asc" } });
  const keys = await client.signingKey.findMany();
  const head = await client.auditChainHead.findUnique({ where: { tenantId } });
  const checkpoint = await client.auditCheckpoint.findUnique({ where: { tenantId } });
  // The events the digests sign for, read once rather than one query per digest.
  const signedFor = await client.auditEvent.findMany({
    where: { tenantId, seq: { in: [...new Set(digests.map((d) => d.lastSeq))] } },
    select: { seq: true, hash: true },
  });
  const hashAt = new Map(signedFor.map((e) => [e.seq, e.hash]));
  const publicKeys = new Map<string, KeyObject>(keys.map((k) => [k.kid, createPublicKey(k.publicKeyPem)]));
  let previous: (typeof digests)[number] | undefined;
  let checked = 0;
  for (const d of digests) {
    const bad = (reason: string, firstBadSeq = d.lastSeq): DigestVerdict => ({
      ok: false,
      digests: checked,
      number: d.number,
      firstBadSeq,
      reason,
    });
    const key = publicKeys.get(d.kid);
    if (!key) return bad(`digest ${d.number} names an unknown key ${d.kid}`);
    const signed = {
      document: auditDigestDocument(d),
      signature: { alg: "EdDSA" as const, kid: d.kid, value: d.signature },
    };
    if (!verifyDocument(signed, key)) return bad(`digest ${d.number} is not validly signed`);
    const expected = previous ? previous.number + 1 : 1;
    if (d.number !== expected) return bad(`digest ${expected} is missing`);
    if (previous && d.previousSignature !== previous.signature)
      return bad(`digest ${d.number} does not follow digest ${previous.number}`);
    if (previous && d.lastSeq < previous.lastSeq) return bad(`digest ${d.number} goes back to seq ${d.lastSeq}`);
    if (head && d.lastSeq > head.seq)
      return bad(`digest ${d.number} saw the log reach seq ${d.lastSeq}; it now ends at ${head.seq}`, head.seq + 1n);
    const trimmed = checkpoint && d.lastSeq <= checkpoint.seq;
    if (d.lastSeq > 0n && !trimmed) {
      const hash = hashAt.get(d.lastSeq);
      if (hash === undefined) return bad(`event ${d.lastSeq}, signed for by digest ${d.number}, is missing`);
      // The change is somewhere after the previous digest's seq: the chain check names the exact event.
      if (hash !== d.lastHash)
        return bad(
          `event ${d.lastSeq} differs from what digest ${d.number} signed: the log was changed after seq ${previous?.lastSeq ?? 0n}`,
          (previous?.lastSeq ?? 0n) + 1n,
        );
    }
    previous = d;
    checked++;
  }
  return { ok: true, digests: checked, lastSeq: previous?.lastSeq ?? null };
}
