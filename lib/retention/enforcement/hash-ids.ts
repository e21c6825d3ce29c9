import { createHash } from "node:crypto";

/** SHA-256 over ids, sorted, one per line: what a receipt records of what it deleted. */
export function hashIds(ids: readonly string[]): string {
  return createHash("sha256")
    .update([...ids].sort().join("\n"))
    .digest("hex");
}

/** One digest over a run's batch digests of one kind, in batch order. */
export function hashBatches(hashes: readonly string[]): string {
  return createHash("sha256").update(hashes.join("\n")).digest("hex");
}
