import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { digestDir } from "@/lib/audit/digests/digest-files";
import { exportDir, exportTargetsRoot } from "@/lib/audit/export/export-paths";
import { getConfig } from "@/lib/config/read-config";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The directories every instance of a deployment must share: a file one
 * instance writes there, another must read (an export downloaded through any
 * instance, the digests any verifier reads, the targets any scheduler trims).
 */
export const SHARED_STORAGE = [
  { purpose: "exports", variable: "CUSTODIAN_EXPORT_DIR", holds: "audit exports and their manifests", dir: exportDir },
  { purpose: "digests", variable: "CUSTODIAN_DIGEST_DIR", holds: "the signed digests' copies", dir: digestDir },
  {
    purpose: "export-targets",
    variable: "CUSTODIAN_EXPORT_TARGETS_DIR",
    holds: "scheduled exports' targets",
    dir: exportTargetsRoot,
  },
] as const;

export type StoragePurpose = (typeof SHARED_STORAGE)[number]["purpose"];

/** Where an instance looks for the deployment's marker, one file per token, so two databases may share a directory. */
const MARKERS = ".custodian-storage";
const markerFile = (dir: string, token: string) => path.join(dir, MARKERS, `${token}.json`);

export class SharedStorageError extends Error {}

export interface StorageCheck {
  purpose: StoragePurpose;
  dir: string;
  /** shared: the deployment's marker is here; claimed: the first instance set it up; adopted: CUSTODIAN_ADOPT_STORAGE. */
  outcome: "shared" | "claimed" | "adopted";
}

async function markerHolds(dir: string, token: string): Promise<boolean> {
  try {
    const marker = JSON.parse(await readFile(markerFile(dir, token), "utf8")) as { token?: unknown };
    return marker.token === token;
  } catch {
    return false;
  }
}

/** Creates the directory and proves this instance can write to it, as exports and digests will. */
async function ensureWritable(variable: string, dir: string) {
  const probe = path.join(dir, MARKERS, `probe-${process.pid}-${randomUUID()}`);
  try {
    await mkdir(path.dirname(probe), { recursive: true });
    await writeFile(probe, "");
    await rm(probe);
  } catch (err) {
    throw new SharedStorageError(`${variable} (${dir}) is not writable by this instance: ${(err as Error).message}`);
  }
}

/**
 * Run at start-up, before the console serves: checks that each shared
 * directory is the one the deployment's other instances use. The first
 * instance of a database writes a marker named by a random token into each
 * directory and records the token; every later start must find that marker
 * there, or it refuses to start and says which variable to fix. The check
 * runs under an advisory lock, so two instances starting at once cannot both
 * claim.
 */
export async function checkSharedStorage(
  db: PrismaClient,
  // This instance's directories and adoptions; the configuration's unless a test plays another instance.
  instance: { dirOf?: (purpose: StoragePurpose) => string; adopt?: readonly StoragePurpose[] } = {},
): Promise<StorageCheck[]> {
  const adopt = instance.adopt ?? getConfig().CUSTODIAN_ADOPT_STORAGE;
  const checks: StorageCheck[] = [];
  for (const s of SHARED_STORAGE) {
    const dir = instance.dirOf?.(s.purpose) ?? s.dir();
    await ensureWritable(s.variable, dir);
    const outcome = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('custodian-shared-storage'))`;
      const row = await tx.sharedStorage.findUnique({ where: { purpose: s.purpose } });
      if (row && (await markerHolds(dir, row.token))) return "shared" as const;
      if (row && !adopt.includes(s.purpose))
        throw new SharedStorageError(
          `${s.variable} is ${dir} on this instance, but that is not the directory this deployment keeps ${s.holds} in ` +
            `(first set up at ${row.firstPath} on ${row.createdAt.toISOString()}): its marker ${MARKERS}/${row.token}.json is not there. ` +
            `Every instance must mount the same shared directory, or what one instance writes another cannot read. ` +
            `If this directory replaces one that is lost for good, start once with CUSTODIAN_ADOPT_STORAGE=${s.purpose}.`,
        );
      const token = randomUUID();
      await writeFile(
        markerFile(dir, token),
        `${JSON.stringify({ token, purpose: s.purpose, createdAt: new Date().toISOString() }, null, 2)}\n`,
      );
      await tx.sharedStorage.upsert({
        where: { purpose: s.purpose },
        create: { purpose: s.purpose, token, firstPath: dir },
        update: { token, firstPath: dir, createdAt: new Date() },
      });
      return row ? ("adopted" as const) : ("claimed" as const);
    });
    checks.push({ purpose: s.purpose, dir, outcome });
  }
  return checks;
}
