import { createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { PLATFORM_CHAIN } from "@/lib/audit/audit-actions";
import { openSecret, sealSecret } from "@/lib/crypto/seal-secret";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Opened private keys by kid: unsealing is the costly part, the lookup is not.
const opened = new Map<string, KeyObject>();

/** Rotations and the first key's creation take this lock, so there is never more than one current key. */
export const SIGNING_KEY_LOCK = "custodian.signing-rotate";

/** Creates a signing key; its private half is sealed at rest, its public half published (list-public-keys.ts). */
export async function createSigningKey(client: Pick<Prisma.TransactionClient, "signingKey"> = db) {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const kid = `ck-${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString("hex")}`;
  return client.signingKey.create({
    data: {
      kid,
      publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
      privateKeyEnc: sealSecret(privateKey.export({ type: "pkcs8", format: "pem" }).toString()),
    },
    omit: { privateKeyEnc: false },
  });
}

const currentKey = (client: Pick<Prisma.TransactionClient, "signingKey">) =>
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
    const key = await createSigningKey(tx);
    await appendAuditEvent(tx, {
      tenantId: PLATFORM_CHAIN,
      action: "signing.create",
      outcome: "success",
      actor: { type: "system", label: "first use of a signing key" },
      target: { type: "signing_key", id: key.kid },
      changes: { after: { kid: key.kid } },
    });
    return key;
  });
}

/**
 * The current Ed25519 signing key (the newest not retired), created on first
 * use. Looked up on every call, so a rotation made by any instance takes
 * effect everywhere at once.
 */
export async function getSigningKey(): Promise<{ kid: string; privateKey: KeyObject }> {
  const row = (await currentKey(db)) ?? (await createFirstSigningKey());
  let privateKey = opened.get(row.kid);
  if (!privateKey) {
    privateKey = createPrivateKey(openSecret(row.privateKeyEnc));
    opened.set(row.kid, privateKey);
  }
  return { kid: row.kid, privateKey };
}
