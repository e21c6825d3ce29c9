import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { describe, expect, it } from "vitest";
import { endorse } from "./key-endorsement";
import { type KeyRow, resolveKeyTrust } from "./key-trust";
import type { TrustRoot } from "./trust-root";

function keyPair(kid: string, createdAt = new Date("2026-11-01T00:00:00Z")) {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const row: KeyRow = {
    kid,
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    createdAt,
    retiredAt: null,
    endorsedBy: null,
    endorsement: null,
  };
  return { row, publicKey, signer: { kid, privateKey } };
}

const rootOf = (...keys: { row: KeyRow; publicKey: KeyObject }[]): TrustRoot => ({
  ok: true,
  file: "/auditor/root.jwks.json",
  keys: new Map(keys.map((k) => [k.row.kid, k.publicKey])),
});

const endorsed = (k: ReturnType<typeof keyPair>, by: ReturnType<typeof keyPair>): KeyRow => ({
  ...k.row,
  ...endorse(k.row, by.signer),
});

describe("resolveKeyTrust", () => {
  it("trusts the pinned key and each key endorsed, rotation by rotation, from it", () => {
    const a = keyPair("a");
    const b = keyPair("b");
    const c = keyPair("c");
    // Listed out of order: trust follows the endorsements, not the rows' order.
    const trust = resolveKeyTrust([endorsed(c, b), endorsed(b, a), a.row], rootOf(a));
    expect([...trust.keys.keys()].sort()).toEqual(["a", "b", "c"]);
    expect(trust.keys.get("c")!.equals(c.publicKey)).toBe(true);
    expect(trust.untrusted.size).toBe(0);
  });

  it("does not trust a key that is only a row, nor one whose endorsement is forged, copied or from an untrusted key", () => {
    const a = keyPair("a");
    const b = keyPair("b");
    const inserted = keyPair("inserted");
    const mallory = keyPair("mallory");
    const f = keyPair("forged");
    const forged: KeyRow = { ...f.row, ...endorse(f.row, mallory.signer), endorsedBy: "a" };
    const copied: KeyRow = {
      ...keyPair("copied").row,
      endorsedBy: "a",
      endorsement: endorse(b.row, a.signer).endorsement,
    };
    const byUntrusted = endorsed(keyPair("by-untrusted"), inserted);
    const byNobody = endorsed(keyPair("by-nobody"), mallory);
    const trust = resolveKeyTrust([a.row, inserted.row, forged, copied, byUntrusted, byNobody], rootOf(a));
    expect([...trust.keys.keys()]).toEqual(["a"]);
    expect(Object.fromEntries(trust.untrusted)).toEqual({
      inserted: "it is not in the trust root and no trusted key endorsed it",
      forged: "its endorsement by a does not verify",
      copied: "its endorsement by a does not verify",
      "by-untrusted": "its endorser inserted does not chain to the trust root either",
      "by-nobody": "it names mallory as its endorser, a key that does not exist",
    });
  });

  it("takes a pinned key's public half from the trust root, not from its row, and says the row was changed", () => {
    const a = keyPair("a");
    const swapped: KeyRow = { ...a.row, publicKeyPem: keyPair("x").row.publicKeyPem };
    const trust = resolveKeyTrust([swapped], rootOf(a));
    expect(trust.keys.get("a")!.equals(a.publicKey)).toBe(true);
    expect(trust.warnings).toEqual([
      "key a's public key in the database differs from the trust root's: the trust root's is used",
    ]);
  });

  it("trusts nothing when the trust root cannot be read, and says so for each key", () => {
    const a = keyPair("a");
    const trust = resolveKeyTrust([a.row], { ok: false, file: "/nowhere.json", reason: "it does not exist" });
    expect(trust.keys.size).toBe(0);
    expect(trust.untrusted.get("a")).toBe("the trust root /nowhere.json cannot be read: it does not exist");
  });

  it("binds the endorsement to the key's creation time", () => {
    const a = keyPair("a");
    const b = keyPair("b");
    const moved: KeyRow = { ...endorsed(b, a), createdAt: new Date("2026-11-02T00:00:00Z") };
    expect(resolveKeyTrust([a.row, moved], rootOf(a)).keys.has("b")).toBe(false);
  });
});
