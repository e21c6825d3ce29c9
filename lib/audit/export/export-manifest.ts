import type { ExportFormat } from "./export-format";

export const EXPORT_MANIFEST_SCHEMA = "custodian.audit-export-manifest/v1";

/** What an export's signed manifest states. Its signature covers the RFC 8785 form of this object. */
export interface ExportManifest {
  schema: typeof EXPORT_MANIFEST_SCHEMA;
  exportId: string;
  tenantId: string;
  format: ExportFormat;
  /** The filter as applied, times in UTC. */
  filter: Record<string, string>;
  createdAt: string;
  rows: number;
  /** null when the filter matched nothing. */
  firstSeq: string | null;
  lastSeq: string | null;
  file: { name: string; bytes: number; sha256: string };
  /** The chain's head when the rows were read: the export is consistent with the log up to here. */
  chainHead: { seq: string; hash: string };
  /** The verification keys: a JWKS, e.g. /.well-known/jwks.json. */
  keys: string;
}
