import { createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import { openSecret, sealSecret } from "@/lib/crypto/seal-secret";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Opened private keys by kid: unsealing is the costly part, the lookup is not.
const opened = new Map<string, KeyObject>();

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
  });
}

/**
 * The current Ed25519 signing key (the newest not retired), created on first
 * use. Looked up on every call, so a rotation made by any instance takes
 * effect everywhere at once.
 */
export async function getSigningKey(): Promise<{ kid: string; privateKey: KeyObject }> {
  const row =
    (await db.signingKey.findFirst({ where: { retiredAt: null }, orderBy: { createdAt: "desc" } })) ??
    (await createSigningKey());
  let privateKey = opened.get(row.kid);
  if (!privateKey) {
    privateKey = createPrivateKey(openSecret(row.privateKeyEnc));
    opened.set(row.kid, privateKey);
  }
  return { kid: row.kid, privateKey };
}
