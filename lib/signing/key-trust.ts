import { createPublicKey, type KeyObject } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { verifyEndorsement } from "./key-endorsement";
import { type TrustRoot, readTrustRoot, trustRootPath } from "./trust-root";

export interface KeyRow {
  kid: string;
  publicKeyPem: string;
  createdAt: Date;
  retiredAt: Date | null;
  endorsedBy: string | null;
  endorsement: string | null;
}

/** Which signing keys a verifier may rely on, and why each other key may not be. */
export interface KeyTrust {
  root: TrustRoot;
  /** Trusted kid → public key: from the trust root itself, or from an endorsement by a trusted key. */
  keys: Map<string, KeyObject>;
  /** Keys in the database that do not chain to the trust root, with the reason. */
  untrusted: Map<string, string>;
  /** Tampering that does not cost a key its trust (a pinned key's row altered). */
  warnings: string[];
}

function samePublicKey(pem: string, key: KeyObject): boolean {
  try {
    return createPublicKey(pem).equals(key);
  } catch {
    return false;
  }
}

/**
 * Starts from the pinned keys and adds every key endorsed by a trusted one,
 * until nothing more chains. The public keys come from the trust root and
 * from the signed endorsements, never from a row alone: a row that merely
 * names a kid, or rewrites a pinned key's public half, earns nothing.
 */
export function resolveKeyTrust(rows: readonly KeyRow[], root: TrustRoot): KeyTrust {
  const keys = new Map<string, KeyObject>(root.ok ? root.keys : []);
  const warnings: string[] = [];
  for (const row of rows) {
    const pinned = keys.get(row.kid);
    if (pinned && !samePublicKey(row.publicKeyPem, pinned))
      warnings.push(
        `key ${row.kid}'s public key in the database differs from the trust root's: the trust root's is used`,
      );
  }
  let pending = rows.filter((r) => !keys.has(r.kid));
  for (let progress = true; progress && pending.length;) {
    progress = false;
    for (const row of pending) {
      const endorser = row.endorsedBy ? keys.get(row.endorsedBy) : undefined;
      if (!endorser || !row.endorsement) continue;
      if (!verifyEndorsement({ ...row, endorsedBy: row.endorsedBy!, endorsement: row.endorsement }, endorser)) continue;
      keys.set(row.kid, createPublicKey(row.publicKeyPem));
      progress = true;
    }
    pending = pending.filter((r) => !keys.has(r.kid));
  }
  const known = new Set(rows.map((r) => r.kid));
  const untrusted = new Map<string, string>();
  for (const row of pending) {
    if (!root.ok) untrusted.set(row.kid, `the trust root ${root.file} cannot be read: ${root.reason}`);
    else if (!row.endorsedBy || !row.endorsement)
      untrusted.set(row.kid, "it is not in the trust root and no trusted key endorsed it");
    else if (keys.has(row.endorsedBy)) untrusted.set(row.kid, `its endorsement by ${row.endorsedBy} does not verify`);
    else if (!known.has(row.endorsedBy))
      untrusted.set(row.kid, `it names ${row.endorsedBy} as its endorser, a key that does not exist`);
    else untrusted.set(row.kid, `its endorser ${row.endorsedBy} does not chain to the trust root either`);
  }
  return { root, keys, untrusted, warnings };
}

/** The key trust of this deployment: its database's keys, judged against a trust root file. */
export async function loadKeyTrust(
  client: Pick<Prisma.TransactionClient, "signingKey">,
  trustRootFile: string = trustRootPath(),
): Promise<KeyTrust> {
  const [rows, root] = await Promise.all([
    client.signingKey.findMany({
      orderBy: { createdAt: "asc" },
      select: { kid: true, publicKeyPem: true, createdAt: true, retiredAt: true, endorsedBy: true, endorsement: true },
    }),
    readTrustRoot(trustRootFile),
  ]);
  return resolveKeyTrust(rows, root);
}

/** Why a signature under `kid` cannot be relied on, or null when the key is trusted. */
export function distrustOf(trust: KeyTrust, kid: string): string | null {
  if (trust.keys.has(kid)) return null;
  const why = trust.untrusted.get(kid);
  if (why) return `key ${kid}, which does not chain to the trust root (${why})`;
  return `key ${kid}, which is neither in the database nor in the trust root`;
}
