import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { PLATFORM_CHAIN } from "@/lib/audit-chain/audit-actions";
import { openSecret, sealSecret } from "@/lib/crypto/seal-secret";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { endorse } from "./key-endorsement";
import { loadKeyTrust } from "./key-trust";
import { pinInTrustRoot, readTrustRoot } from "./trust-root";

type Tx = Pick<Prisma.TransactionClient, "signingKey">;

// Opened private keys by kid: unsealing is the costly part, the lookup is not.
const opened = new Map<string, KeyObject>();

/** Rotations and the first key's creation take this lock, so there is never more than one current key. */
export const SIGNING_KEY_LOCK = "custodian.signing-rotate";

/**
 * Creates a signing key; its private half is sealed at rest under
 * CUSTODIAN_ENCRYPTION_KEY, so the database alone can neither read one nor
 * insert one the console would sign with. `endorser`, the key it replaces,
 * signs its kid, public key and creation time (key-endorsement.ts).
 */
export async function createSigningKey(client: Tx = db, endorser?: { kid: string; privateKey: KeyObject }) {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const kid = `ck-${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString("hex")}`;
  const publicKeyPem = publicKey.export({ type: "spki", format: "pem" }).toString();
  // Set here, not by the database, because the endorsement signs it.
  const createdAt = new Date();
  return client.signingKey.create({
    data: {
      kid,
      publicKeyPem,
      createdAt,
      privateKeyEnc: sealSecret(privateKey.export({ type: "pkcs8", format: "pem" }).toString()),
      ...(endorser ? endorse({ kid, publicKeyPem, createdAt }, endorser) : {}),
    },
    omit: { privateKeyEnc: false },
  });
}

/**
 * A row's private key, checked to be the private half of `publicKey` (the
 * row's own by default): a sealed key copied onto another row's public key
 * would otherwise sign under a kid that verifies with neither.
 */
export function openSigningKey(
  row: { kid: string; publicKeyPem: string; privateKeyEnc: string },
  publicKey: KeyObject = createPublicKey(row.publicKeyPem),
): KeyObject {
  const privateKey = createPrivateKey(openSecret(row.privateKeyEnc));
  if (!createPublicKey(privateKey).equals(publicKey))
    throw new Error(`Signing key ${row.kid}: its private half does not match its public key`);
  return privateKey;
}

/**
 * Makes the next current key, inside the caller's transaction under the
 * signing-key lock: endorsed by the newest trusted key whose private half this
 * deployment holds, so verifiers that pinned an earlier key accept it. With
 * no such key (a new deployment, or a database that lost its keys) the new
 * key is pinned in the trust root instead; an auditor's earlier copy of the
 * root then does not know it, which is the point.
 */
export async function makeNextSigningKey(tx: Tx) {
  const trust = await loadKeyTrust(tx);
  const rows = await tx.signingKey.findMany({ orderBy: { createdAt: "desc" }, omit: { privateKeyEnc: false } });
  let endorser: { kid: string; privateKey: KeyObject } | undefined;
  for (const row of rows) {
    const trusted = trust.keys.get(row.kid);
    if (!trusted) continue;
    try {
      endorser = { kid: row.kid, privateKey: openSigningKey(row, trusted) };
      break;
    } catch {
      // Not sealed under this deployment's key, or not the trusted key's private half: look further back.
    }
  }
  const key = await createSigningKey(tx, endorser);
  if (!endorser) await pinInTrustRoot([{ kid: key.kid, publicKey: createPublicKey(key.publicKeyPem) }]);
  return { key, endorsedBy: endorser?.kid ?? null };
}

const currentKey = (client: Tx) =>
  client.signingKey.findFirst({
    where: { retiredAt: null },
    orderBy: { createdAt: "desc" },
    omit: { privateKeyEnc: false },
  });

/**
 * The deployment's first key, made on first use. A key is a trust anchor, so
 * its making is recorded in the platform's audit chain like a rotation, in the
 * same transaction; instances starting at once wait on the rotation lock and
 * the later ones find the key the first one made.
 */
async function createFirstSigningKey() {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${SIGNING_KEY_LOCK}))`;
    const existing = await currentKey(tx);
    if (existing) return existing;
    const { key, endorsedBy } = await makeNextSigningKey(tx);
    await appendAuditEvent(tx, {
      tenantId: PLATFORM_CHAIN,
      action: "signing.create",
      outcome: "success",
      actor: { type: "system", label: "first use of a signing key" },
      target: { type: "signing_key", id: key.kid },
      changes: { after: endorsedBy ? { kid: key.kid, endorsedBy } : { kid: key.kid, pinnedInTrustRoot: true } },
    });
    return key;
  });
}

/**
 * A deployment whose keys predate the trust root (or whose root file was
 * lost) pins, once, the keys it can prove it made: those whose private half
 * opens under CUSTODIAN_ENCRYPTION_KEY and matches. A key inserted through
 * the database alone cannot pass that test.
 */
async function pinUnanchoredKeys() {
  if ((await readTrustRoot()).ok) return;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${SIGNING_KEY_LOCK}))`;
    const root = await readTrustRoot();
    if (root.ok || root.reason !== "it does not exist") return;
    const rows = await tx.signingKey.findMany({ where: { endorsedBy: null }, omit: { privateKeyEnc: false } });
    const provable = rows.flatMap((row) => {
      try {
        return [{ kid: row.kid, publicKey: createPublicKey(openSigningKey(row)) }];
      } catch {
        return [];
      }
    });
    if (provable.length) await pinInTrustRoot(provable);
  });
}

let anchored: Promise<void> | undefined;

/** Once per process: the trust root exists, or is made from the keys this deployment can prove are its own. */
export function ensureTrustRoot(): Promise<void> {
  anchored ??= pinUnanchoredKeys().catch((err: unknown) => {
    anchored = undefined;
    throw err;
  });
  return anchored;
}

/**
 * The current Ed25519 signing key (the newest not retired), created on first
 * use. Looked up on every call, so a rotation made by any instance takes
 * effect everywhere at once.
 */
export async function getSigningKey(): Promise<{ kid: string; privateKey: KeyObject }> {
  await ensureTrustRoot();
  const row = (await currentKey(db)) ?? (await createFirstSigningKey());
  let privateKey = opened.get(row.kid);
  if (!privateKey) {
    privateKey = openSigningKey(row);
    opened.set(row.kid, privateKey);
  }
  return { kid: row.kid, privateKey };
}
