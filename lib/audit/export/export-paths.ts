import path from "node:path";
import { getConfig } from "@/lib/config/read-config";

/** Where on-demand exports live. */
export function exportDir(): string {
  const c = getConfig();
  return path.resolve(c.CUSTODIAN_EXPORT_DIR ?? path.join(c.CUSTODIAN_DATA_DIR, "exports"));
}

/** The root of scheduled exports' targets: each schedule writes into one directory under it. */
export function exportTargetsRoot(): string {
  const c = getConfig();
  return path.resolve(c.CUSTODIAN_EXPORT_TARGETS_DIR ?? path.join(c.CUSTODIAN_DATA_DIR, "export-targets"));
}

/** The export's file name: the network, the time and the id say what it is. */
export function exportFileName(e: { id: string; format: "csv" | "jsonl"; createdAt: Date }, slug: string): string {
  const stamp = e.createdAt.toISOString().replace(/[-:]/g, "").slice(0, 15);
  return `audit-${slug}-${stamp}Z-${e.id.slice(-8)}.${e.format}`;
}
