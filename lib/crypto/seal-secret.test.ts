import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./seal-secret";

beforeAll(() => {
  process.env.CUSTODIAN_ENCRYPTION_KEY = randomBytes(32).toString("base64");
});

describe("sealed secrets", () => {
  it("round-trip, and never contain the plaintext", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(openSecret(sealed)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("differ each time (random IV)", () => {
    expect(sealSecret("same")).not.toBe(sealSecret("same"));
  });

  it("refuse tampered ciphertext", () => {
    const [v, iv, tag, body] = sealSecret("client-secret").split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0]! ^= 1;
    expect(() => openSecret([v, iv, tag, flipped.toString("base64url")].join("."))).toThrow();
  });

  it("refuse a different key", () => {
    const sealed = sealSecret("x");
    process.env.CUSTODIAN_ENCRYPTION_KEY = randomBytes(32).toString("base64");
    expect(() => openSecret(sealed)).toThrow();
  });
});
