import { createPublicKey, type KeyObject } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { getConfig } from "@/lib/config/read-config";

/**
 * The trust root: a JWKS file of pinned public keys, outside the database it
 * vouches for. The console writes it when it makes a key no trusted key can
 * endorse (the first key of a deployment); an auditor keeps their own copy
 * and verifies with it (npm run audit:verify -- --trust-root <file>). A key
 * the database holds is trusted only if it is pinned here or endorsed by a
 * trusted key (key-trust.ts).
 */
export function trustRootPath(): string {
  const c = getConfig();
  return path.resolve(c.CUSTODIAN_AUDIT_TRUST_ROOT ?? path.join(c.CUSTODIAN_DATA_DIR, "audit-trust-root.jwks.json"));
}

const ed25519Jwk = z.looseObject({
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "expected a 32-byte Ed25519 public key"),
  kid: z.string().min(1),
});
const jwksFile = z.object({ keys: z.array(ed25519Jwk) });

export type TrustRoot =
  { ok: true; file: string; keys: Map<string, KeyObject> } | { ok: false; file: string; reason: string };

/** The public half of an Ed25519 key as a JWK (RFC 8037) under its kid. */
export function publicJwk(kid: string, publicKey: KeyObject) {
  const { kty, crv, x } = publicKey.export({ format: "jwk" });
  return { kty: kty as "OKP", crv: crv as "Ed25519", x: x!, kid, use: "sig" as const, alg: "EdDSA" as const };
}

/** Reads and checks a trust root; a missing or malformed file trusts nothing, and says why. */
export async function readTrustRoot(file: string = trustRootPath()): Promise<TrustRoot> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, file, reason: code === "ENOENT" ? "it does not exist" : (err as Error).message };
  }
  let parsed: z.infer<typeof jwksFile>;
  try {
    parsed = jwksFile.parse(JSON.parse(text));
  } catch {
    return { ok: false, file, reason: "it is not a JWKS of Ed25519 keys" };
  }
  return {
    ok: true,
    file,
    keys: new Map(parsed.keys.map((k) => [k.kid, createPublicKey({ key: k, format: "jwk" })])),
  };
}

/**
 * Pins keys in the trust root, creating the file if need be. The file is
 * replaced whole (written beside it, then renamed), so a reader never sees
 * half of it; callers hold the signing-key lock, so writers do not race.
 */
export async function pinInTrustRoot(keys: { kid: string; publicKey: KeyObject }[], file: string = trustRootPath()) {
  const current = await readTrustRoot(file);
  if (!current.ok && current.reason !== "it does not exist")
    throw new Error(`The audit trust root ${file} cannot be read (${current.reason}): not overwriting it`);
  const pinned = current.ok ? [...current.keys].map(([kid, publicKey]) => publicJwk(kid, publicKey)) : [];
  for (const k of keys) if (!pinned.some((p) => p.kid === k.kid)) pinned.push(publicJwk(k.kid, k.publicKey));
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify({ keys: pinned }, null, 2)}\n`, { mode: 0o644 });
  await rename(tmp, file);
  return { created: !current.ok };
}
