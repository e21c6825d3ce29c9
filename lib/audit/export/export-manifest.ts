import type { ExportFormat } from "./export-format";

/**
 * v2: a CSV's text cells are spreadsheet-safe (lib/csv/spreadsheet-safe.ts):
 * one that begins with = + - @, a tab, a carriage return or an apostrophe
 * carries one more apostrophe in front, which a verifier removes before
 * hashing. v1 files (cells as they are) still verify.
 */
export const EXPORT_MANIFEST_SCHEMA = "custodian.audit-export-manifest/v2";
export const EXPORT_MANIFEST_SCHEMAS = ["custodian.audit-export-manifest/v1", EXPORT_MANIFEST_SCHEMA] as const;

/** What an export's signed manifest states. Its signature covers the RFC 8785 form of this object. */
export interface ExportManifest {
  schema: (typeof EXPORT_MANIFEST_SCHEMAS)[number];
  /** How a CSV's cells are written: "apostrophe-escaped" from v2 on. Absent for JSON Lines. */
  cells?: "apostrophe-escaped";
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
