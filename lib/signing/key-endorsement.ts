import { createPublicKey, type KeyObject } from "node:crypto";
import { signDocument, verifyDocument } from "./sign-document";

export const KEY_ENDORSEMENT_SCHEMA = "custodian.signing-key-endorsement/v1";

/** What the key being replaced signs for its successor: its kid, its public key and when it was made. */
export function endorsementDocument(k: { kid: string; publicKeyPem: string; createdAt: Date }) {
  const { kty, crv, x } = createPublicKey(k.publicKeyPem).export({ format: "jwk" });
  return {
    schema: KEY_ENDORSEMENT_SCHEMA,
    kid: k.kid,
    publicKey: { kty, crv, x },
    createdAt: k.createdAt.toISOString(),
  };
}

/** The columns that record an endorsement of `key` by `endorser`. */
export function endorse(
  key: { kid: string; publicKeyPem: string; createdAt: Date },
  endorser: { kid: string; privateKey: KeyObject },
) {
  const signed = signDocument(endorsementDocument(key), endorser);
  return { endorsedBy: endorser.kid, endorsement: signed.signature.value };
}

/** Whether `endorserKey` signed this key's endorsement as it is stored now. */
export function verifyEndorsement(
  key: { kid: string; publicKeyPem: string; createdAt: Date; endorsedBy: string; endorsement: string },
  endorserKey: KeyObject,
): boolean {
  try {
    return verifyDocument(
      {
        document: endorsementDocument(key),
        signature: { alg: "EdDSA", kid: key.endorsedBy, value: key.endorsement },
      },
      endorserKey,
    );
  } catch {
    // A public key column that does not parse cannot have been endorsed.
    return false;
  }
}
