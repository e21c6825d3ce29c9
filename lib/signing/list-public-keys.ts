import { createPublicKey } from "node:crypto";
import { db } from "@/lib/db";

/** Every signing key's public half as a JWKS (RFC 7517/8037), retired ones included so old signatures still verify. */
export async function listPublicKeys() {
  const rows = await db.signingKey.findMany({ orderBy: { createdAt: "asc" } });
  return {
    keys: rows.map((r) => {
      const jwk = createPublicKey(r.publicKeyPem).export({ format: "jwk" });
      return {
        ...jwk,
        kid: r.kid,
        use: "sig",
        alg: "EdDSA",
        ...(r.retiredAt ? { retiredAt: r.retiredAt.toISOString() } : {}),
      };
    }),
  };
}
