import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/** The fields of an event that its hash covers: everything but the hash itself. */
export interface HashedAuditFields {
  tenantId: string;
  seq: bigint;
  at: Date;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  changes: unknown;
  prevHash: string;
}

export const GENESIS_HASH = "0".repeat(64);

/**
 * SHA-256 over the RFC 8785 (JCS) serialization of the event, then prevHash.
 * JCS fixes key order and number formatting, so any verifier in any language
 * recomputes the same bytes. seq is a decimal string and at an ISO-8601 UTC
 * string, because JSON numbers cannot carry a bigint nor a Date exactly.
 */
export function hashAuditEvent(e: HashedAuditFields): string {
  const canonical = canonicalize({
    tenantId: e.tenantId,
    seq: e.seq.toString(),
    at: e.at.toISOString(),
    actorType: e.actorType,
    actorId: e.actorId,
    actorLabel: e.actorLabel,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    outcome: e.outcome,
    ip: e.ip,
    userAgent: e.userAgent,
    requestId: e.requestId,
    changes: e.changes ?? null,
  });
  return createHash("sha256")
    .update(canonical ?? "")
    .update(e.prevHash)
    .digest("hex");
}
