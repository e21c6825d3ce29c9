import { db } from "@/lib/db";
import { ensureTrustRoot } from "./get-signing-key";
import { loadKeyTrust } from "./key-trust";
import { publicJwk } from "./trust-root";

/**
 * The signing keys that chain to the trust root, as a JWKS (RFC 7517/8037):
 * the pinned ones and those endorsed from them, retired ones included so old
 * signatures still verify. A key that is only a row in the database is not
 * published, and each key's public half is the trusted one, not the row's.
 */
export async function listPublicKeys() {
  await ensureTrustRoot();
  const [trust, rows] = await Promise.all([
    loadKeyTrust(db),
    db.signingKey.findMany({ orderBy: { createdAt: "asc" }, select: { kid: true, createdAt: true, retiredAt: true } }),
  ]);
  const row = new Map(rows.map((r) => [r.kid, r]));
  const order = (kid: string) => row.get(kid)?.createdAt.getTime() ?? 0;
  return {
    keys: [...trust.keys]
      .sort(([a], [b]) => order(a) - order(b))
      .map(([kid, publicKey]) => {
        const retiredAt = row.get(kid)?.retiredAt;
        return { ...publicJwk(kid, publicKey), ...(retiredAt ? { retiredAt: retiredAt.toISOString() } : {}) };
      }),
  };
}
