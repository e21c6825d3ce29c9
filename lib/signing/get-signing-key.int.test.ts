import { generateKeyPairSync } from "node:crypto";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { PLATFORM_CHAIN } from "@/lib/audit-chain/audit-actions";
import { db } from "@/lib/db";
import { getSigningKey } from "./get-signing-key";
import { listPublicKeys } from "./list-public-keys";
import { trustRootPath } from "./trust-root";

describe("the first signing key", () => {
  it("is made once however many callers ask at once, and its making is audited", async () => {
    // No current key: as on a fresh deployment (retired keys stay, and still verify).
    await getSigningKey();
    const newest = await db.signingKey.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    await db.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: new Date() } });
    const before = await db.auditEvent.count({ where: { tenantId: PLATFORM_CHAIN, action: "signing.create" } });

    const keys = await Promise.all([getSigningKey(), getSigningKey(), getSigningKey()]);
    expect(new Set(keys.map((k) => k.kid)).size).toBe(1);
    const kid = keys[0]!.kid;
    expect(await db.signingKey.count({ where: { retiredAt: null } })).toBe(1);

    const events = await db.auditEvent.findMany({ where: { tenantId: PLATFORM_CHAIN, action: "signing.create" } });
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      outcome: "success",
      actorType: "system",
      targetType: "signing_key",
      targetId: kid,
      changes: { after: { kid, endorsedBy: newest.kid } },
    });
    // The retired key endorses it, so verifiers holding the trust root accept it without a new pin.
    expect(await db.signingKey.findUnique({ where: { kid } })).toMatchObject({ endorsedBy: newest.kid });
    expect((await listPublicKeys()).keys.map((k) => k.kid)).toContain(kid);
    // The current key is then only read: no further key, no further event.
    expect((await getSigningKey()).kid).toBe(kid);
    expect(await db.auditEvent.count({ where: { tenantId: PLATFORM_CHAIN, action: "signing.create" } })).toBe(
      before + 1,
    );
  });

  it("is pinned in the trust root file, which holds public keys only", async () => {
    await getSigningKey();
    const first = await db.signingKey.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    expect(first.endorsedBy).toBeNull();
    const jwks = JSON.parse(await readFile(trustRootPath(), "utf8")) as { keys: Record<string, string>[] };
    expect(jwks.keys.map((k) => k.kid)).toContain(first.kid);
    for (const k of jwks.keys) expect(Object.keys(k).sort()).toEqual(["alg", "crv", "kid", "kty", "use", "x"]);
  });
});

describe("private signing keys", () => {
  it("cannot be read through the database: the column is sealed under CUSTODIAN_ENCRYPTION_KEY", async () => {
    const { kid } = await getSigningKey();
    const row = await db.signingKey.findUniqueOrThrow({ where: { kid }, omit: { privateKeyEnc: false } });
    expect(row.privateKeyEnc).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(row.privateKeyEnc).not.toContain("PRIVATE KEY");
  });

  it("cannot be inserted through the database: the console signs with neither a junk row nor a transplanted one", async () => {
    const { kid } = await getSigningKey();
    const real = await db.signingKey.findUniqueOrThrow({ where: { kid }, omit: { privateKeyEnc: false } });
    const publicKeyPem = generateKeyPairSync("ed25519").publicKey.export({ type: "spki", format: "pem" }).toString();
    for (const [name, privateKeyEnc, error] of [
      // The insider's own key, which they cannot seal.
      ["ck-inserted-junk", "v1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA", /unable to authenticate|auth/i],
      // The real key's sealed half, copied under the insider's public key.
      ["ck-inserted-copy", real.privateKeyEnc, /does not match its public key/],
    ] as const) {
      await db.signingKey.create({
        data: { kid: name, publicKeyPem, privateKeyEnc, createdAt: new Date(Date.now() + 60_000) },
      });
      try {
        await expect(getSigningKey()).rejects.toThrow(error);
      } finally {
        await db.signingKey.delete({ where: { kid: name } });
      }
    }
    expect((await getSigningKey()).kid).toBe(kid);
  });
});
