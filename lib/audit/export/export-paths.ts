import { stat } from "node:fs/promises";
import path from "node:path";
import { getConfig } from "@/lib/config/read-config";
import { gone } from "@/lib/operation/operation-error";

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

/**
 * The path of a completed export's file (or its manifest) in the export
 * storage, checked to be there. Every instance shares that directory (checked
 * at start-up, lib/storage/check-shared-storage.ts), so a file missing here is
 * gone for every instance: answered 410 naming the export, never an ENOENT 500.
 */
export async function storedExportFile(exportId: string, fileName: string): Promise<{ path: string; size: number }> {
  const file = path.join(exportDir(), fileName);
  try {
    const s = await stat(file);
    if (s.isFile()) return { path: file, size: s.size };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  throw gone(
    `The export ${exportId} is recorded as completed, but its file ${fileName} is no longer in the export storage (CUSTODIAN_EXPORT_DIR): it was deleted or the storage was replaced. Run the export again.`,
  );
}
