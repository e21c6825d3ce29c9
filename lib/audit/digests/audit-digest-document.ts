export const AUDIT_DIGEST_SCHEMA = "custodian.audit-digest/v1" as const;

/** The signed statement: by periodEnd, the chain reached lastSeq with lastHash, following the digest signed previousSignature. */
export function auditDigestDocument(d: {
  tenantId: string;
  number: number;
  periodStart: Date;
  periodEnd: Date;
  lastSeq: bigint;
  lastHash: string;
  previousSignature: string | null;
}) {
  return {
    schema: AUDIT_DIGEST_SCHEMA,
    tenantId: d.tenantId,
    number: d.number,
    periodStart: d.periodStart.toISOString(),
    periodEnd: d.periodEnd.toISOString(),
    lastSeq: d.lastSeq.toString(),
    lastHash: d.lastHash,
    previousSignature: d.previousSignature,
  };
}
