import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

// Secrets at rest (TOTP seeds, OIDC client secrets) are sealed with AES-256-GCM
// under CUSTODIAN_ENCRYPTION_KEY. The version prefix leaves room to rotate keys.
const VERSION = "v1";

function key(): Buffer {
  const raw = process.env.CUSTODIAN_ENCRYPTION_KEY;
  if (!raw) throw new Error("CUSTODIAN_ENCRYPTION_KEY is not set: it is needed to encrypt secrets at rest");
  const k = Buffer.from(raw, "base64");
  if (k.length !== 32) throw new Error("CUSTODIAN_ENCRYPTION_KEY: expected 32 bytes, base64-encoded");
  return k;
}

export function sealSecret(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [
    VERSION,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    body.toString("base64url"),
  ].join(".");
}

export function openSecret(sealed: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || !body) throw new Error("unrecognised sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
