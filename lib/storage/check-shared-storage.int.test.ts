import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { type StoragePurpose, SharedStorageError, checkSharedStorage } from "./check-shared-storage";

// Each call plays one instance starting: its own directories, one database.
const instanceAt = (root: string) => ({ dirOf: (purpose: StoragePurpose) => path.join(root, purpose) });

describe("shared storage checked at start-up", () => {
  let roots: string[] = [];
  const newRoot = async () => {
    const root = await mkdtemp(path.join(tmpdir(), "custodian-storage-"));
    roots.push(root);
    return root;
  };
  beforeEach(async () => {
    await db.sharedStorage.deleteMany();
  });
  afterEach(async () => {
    await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
    roots = [];
    await db.sharedStorage.deleteMany();
  });

  it("the first instance claims each directory; one sharing them starts, one with its own export directory is refused", async () => {
    const shared = await newRoot();
    const first = await checkSharedStorage(db, instanceAt(shared));
    expect(first.map((c) => [c.purpose, c.outcome])).toEqual([
      ["exports", "claimed"],
      ["digests", "claimed"],
      ["export-targets", "claimed"],
    ]);
    expect(await readdir(path.join(shared, "exports", ".custodian-storage"))).toHaveLength(1);

    const second = await checkSharedStorage(db, instanceAt(shared));
    expect(second.map((c) => c.outcome)).toEqual(["shared", "shared", "shared"]);

    const own = await newRoot();
    const refused = checkSharedStorage(db, {
      dirOf: (p) => (p === "exports" ? path.join(own, "exports") : path.join(shared, p)),
    });
    await expect(refused).rejects.toBeInstanceOf(SharedStorageError);
    await expect(refused).rejects.toThrow(
      new RegExp(
        `CUSTODIAN_EXPORT_DIR is ${path.join(own, "exports")} on this instance.*first set up at ${path.join(shared, "exports")}.*CUSTODIAN_ADOPT_STORAGE=exports`,
      ),
    );
    // The refusal changed nothing: the sharing instance still starts.
    expect((await checkSharedStorage(db, instanceAt(shared))).map((c) => c.outcome)).toEqual([
      "shared",
      "shared",
      "shared",
    ]);
  });

  it("two instances starting at once with different directories: exactly one claims, the other is refused", async () => {
    const [a, b] = [await newRoot(), await newRoot()];
    const results = await Promise.allSettled([
      checkSharedStorage(db, instanceAt(a)),
      checkSharedStorage(db, instanceAt(b)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.reason).toBeInstanceOf(SharedStorageError);
    expect(await db.sharedStorage.count()).toBe(3);
  });

  it("a directory replacing a lost one is refused until adopted, and then the old one is refused", async () => {
    const old = await newRoot();
    await checkSharedStorage(db, instanceAt(old));
    const replacement = await newRoot();
    await expect(checkSharedStorage(db, instanceAt(replacement))).rejects.toThrow(/CUSTODIAN_EXPORT_DIR/);

    // Adopting one directory is not adopting the others.
    await expect(checkSharedStorage(db, { ...instanceAt(replacement), adopt: ["exports"] })).rejects.toThrow(
      /CUSTODIAN_DIGEST_DIR/,
    );
    const all = ["exports", "digests", "export-targets"] as const;
    const adopted = await checkSharedStorage(db, { ...instanceAt(replacement), adopt: all });
    expect(adopted.map((c) => c.outcome)).toEqual(["shared", "adopted", "adopted"]);
    // Left set, it adopts nothing more: the directory now holds the marker.
    expect((await checkSharedStorage(db, { ...instanceAt(replacement), adopt: all })).map((c) => c.outcome)).toEqual([
      "shared",
      "shared",
      "shared",
    ]);
    await expect(checkSharedStorage(db, instanceAt(old))).rejects.toThrow(
      /CUSTODIAN_EXPORT_DIR is .* on this instance/,
    );
  });
});
