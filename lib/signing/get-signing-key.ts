import { createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import { openSecret, sealSecret } from "@/lib/crypto/seal-secret";
import { db } from "@/lib/db";

let cached: { kid: string; privateKey: KeyObject } | undefined;

/**
 * The current Ed25519 signing key, created on first use. Its private half is
 * sealed at rest; its public half is published (see list-public-keys.ts).
 */
export async function getSigningKey(): Promise<{ kid: string; privateKey: KeyObject }> {
  if (cached) return cached;
  let row = await db.signingKey.findFirst({ where: { retiredAt: null }, orderBy: { createdAt: "desc" } });
  if (!row) {
    const { publicKey, privateKey } = generateKeyPairSync("ed25519");
    const kid = `ck-${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString("hex")}`;
    row = await db.signingKey.create({
      data: {
        kid,
        publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
        privateKeyEnc: sealSecret(privateKey.export({ type: "pkcs8", format: "pem" }).toString()),
      },
    });
  }
  cached = { kid: row.kid, privateKey: createPrivateKey(openSecret(row.privateKeyEnc)) };
  return cached;
}
