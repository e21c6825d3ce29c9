import { copyFile, mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { exportDir, exportTargetsRoot } from "@/lib/audit/export/export-paths";

/**
 * Copies a finished scheduled export and its manifest into the schedule's
 * target directory (the manifest last, so a collector that waits for it never
 * reads a half-copied file), then deletes the target's exports older than
 * keepDays. Only files this console names audit-* are ever deleted.
 */
export async function deliverToTarget(fileName: string, target: string, keepDays: number, now = new Date()) {
  const dir = path.join(exportTargetsRoot(), target);
  await mkdir(dir, { recursive: true });
  await copyFile(path.join(exportDir(), fileName), path.join(dir, fileName));
  await copyFile(path.join(exportDir(), `${fileName}.manifest.json`), path.join(dir, `${fileName}.manifest.json`));
  const cutoff = now.getTime() - keepDays * 86_400_000;
  let pruned = 0;
  for (const name of await readdir(dir)) {
    if (!/^audit-.*\.(csv|jsonl)(\.manifest\.json)?$/.test(name)) continue;
    const file = path.join(dir, name);
    if ((await stat(file)).mtimeMs < cutoff) {
      await rm(file, { force: true });
      pruned++;
    }
  }
  return { dir, pruned };
}
