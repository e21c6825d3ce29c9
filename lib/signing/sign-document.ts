import { createHash, sign, verify, type KeyObject } from "node:crypto";
import canonicalize from "canonicalize";

export interface SignedDocument<T> {
  document: T;
  signature: { alg: "EdDSA"; kid: string; value: string };
}

/** RFC 8785 canonical JSON: the exact bytes that are signed and hashed. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalize(value) ?? "", "utf8");
}

export function signDocument<T>(document: T, key: { kid: string; privateKey: KeyObject }): SignedDocument<T> {
  const value = sign(null, canonicalBytes(document), key.privateKey).toString("base64url");
  return { document, signature: { alg: "EdDSA", kid: key.kid, value } };
}

export function verifyDocument(signed: SignedDocument<unknown>, publicKey: KeyObject): boolean {
  return verify(null, canonicalBytes(signed.document), publicKey, Buffer.from(signed.signature.value, "base64url"));
}

/** A strong ETag for a document: it changes exactly when the canonical bytes do. */
export function etagOf(document: unknown): string {
  return `"${createHash("sha256").update(canonicalBytes(document)).digest("base64url").slice(0, 32)}"`;
}
