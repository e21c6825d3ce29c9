import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type KeyTrust, loadKeyTrust } from "@/lib/signing/key-trust";
import { checkpointDistrust } from "./audit-checkpoint";
import { GENESIS_HASH, hashAuditEvent } from "@/lib/audit-chain/hash-audit-event";

export type ChainVerdict =
  | { ok: true; tenantId: string; events: number; headSeq: bigint; headHash: string; startSeq: bigint }
  | { ok: false; tenantId: string; events: number; firstBadSeq: bigint; reason: string };

const PAGE = 5000;

/**
 * Walks one tenant's chain in seq order and reports the first broken link:
 * a gap or reordering in seq, a prevHash that does not match the previous hash,
 * or a hash that does not match the event's contents. A chain whose start the
 * retention job trimmed starts after its signed checkpoint, from the hash the
 * checkpoint vouches for; the checkpoint must be signed under a key that
 * chains to the trust root (`trust`, by default the configured one).
 */
export async function verifyAuditChain(
  client: Pick<PrismaClient, "auditEvent" | "auditChainHead" | "auditCheckpoint" | "signingKey">,
  tenantId: string,
  trust?: KeyTrust,
): Promise<ChainVerdict> {
  let expectedSeq = 1n;
  let prevHash = GENESIS_HASH;
  let events = 0;
  const checkpoint = await client.auditCheckpoint.findUnique({ where: { tenantId } });
  if (checkpoint) {
    const distrust = checkpointDistrust(trust ?? (await loadKeyTrust(client)), checkpoint);
    if (distrust) return { ok: false, tenantId, events, firstBadSeq: checkpoint.seq + 1n, reason: distrust };
    expectedSeq = checkpoint.seq + 1n;
    prevHash = checkpoint.hash;
  }
  const startSeq = expectedSeq;
  for (;;) {
    const rows = await client.auditEvent.findMany({
      where: { tenantId, seq: { gte: expectedSeq } },
      orderBy: { seq: "asc" },
      take: PAGE,
    });
    for (const row of rows) {
      events++;
      const bad = (reason: string): ChainVerdict => ({ ok: false, tenantId, events, firstBadSeq: expectedSeq, reason });
      if (row.seq !== expectedSeq) return bad(`expected seq ${expectedSeq}, found ${row.seq}`);
      if (row.prevHash !== prevHash) return bad("prevHash does not match the previous event's hash");
      if (hashAuditEvent(row) !== row.hash) return bad("hash does not match the event's contents");
      prevHash = row.hash;
      expectedSeq++;
    }
    if (rows.length < PAGE) break;
  }
  const head = await client.auditChainHead.findUnique({ where: { tenantId } });
  if (head && head.seq !== expectedSeq - 1n) {
    return {
      ok: false,
      tenantId,
      events,
      firstBadSeq: expectedSeq,
      reason: `chain head says seq ${head.seq}, but the log ends at ${expectedSeq - 1n}`,
    };
  }
  return { ok: true, tenantId, events, headSeq: expectedSeq - 1n, headHash: prevHash, startSeq };
}
