import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inspectArchiveKey, networkSettingsSchema } from "./network-settings";

const ed = generateKeyPairSync("ed25519");
const edPublic = ed.publicKey.export({ type: "spki", format: "pem" }).toString();
const edPrivate = ed.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const weakRsa = generateKeyPairSync("rsa", { modulusLength: 1024 })
  .publicKey.export({ type: "spki", format: "pem" })
  .toString();

const issues = (input: unknown) => {
  const r = networkSettingsSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("network settings", () => {
  it("default to receipts on, no banner, metrics on, no archive", () => {
    expect(networkSettingsSchema.parse({})).toEqual({
      readReceipts: "enabled",
      consentBanner: { enabled: false, header: "", body: "", buttonLabel: "I agree" },
      clientMetrics: true,
      dataRetention: { enabled: false, destination: null, publicKeyPem: "", fingerprint: null },
    });
  });

  it("read receipts are disabled, enabled or forced", () => {
    expect(issues({ readReceipts: "sometimes" })).toEqual([["readReceipts", "expected disabled, enabled or forced"]]);
    expect(issues({ readReceipts: "forced" })).toEqual([]);
  });

  it("a shown consent banner needs its header, body and button label, within their lengths", () => {
    expect(issues({ consentBanner: { enabled: true, buttonLabel: "" } })).toEqual([
      ["consentBanner.header", "a shown banner needs a header"],
      ["consentBanner.body", "a shown banner needs a body"],
      ["consentBanner.buttonLabel", "a shown banner needs a button label"],
    ]);
    expect(
      issues({
        consentBanner: { enabled: true, header: "h".repeat(101), body: "b".repeat(4001), buttonLabel: "x".repeat(31) },
      }),
    ).toEqual([
      ["consentBanner.header", "at most 100 characters"],
      ["consentBanner.body", "at most 4,000 characters"],
      ["consentBanner.buttonLabel", "at most 30 characters"],
    ]);
    expect(
      issues({ consentBanner: { enabled: true, header: "Notice", body: "Monitored system.", buttonLabel: "OK" } }),
    ).toEqual([]);
  });

  it("data retention needs a destination and a valid public key, and fingerprints it", () => {
    expect(issues({ dataRetention: { enabled: true } })).toEqual([
      ["dataRetention.destination", "choose where the archive goes"],
      ["dataRetention.publicKeyPem", "paste the archive's public key"],
    ]);
    const ok = networkSettingsSchema.parse({
      dataRetention: { enabled: true, destination: "s3", publicKeyPem: edPublic },
    });
    expect(ok.dataRetention.fingerprint).toMatch(/^SHA256:([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  it("refuses private keys, weak RSA keys and garbage", () => {
    expect(inspectArchiveKey(edPrivate)).toEqual({
      error: "this is a private key: paste the archive's public key only",
    });
    expect(inspectArchiveKey(weakRsa)).toEqual({ error: "RSA keys must have at least 2048 bits" });
    expect(inspectArchiveKey("ssh-ed25519 AAAA")).toEqual({
      error: "expected a PEM public key (-----BEGIN PUBLIC KEY-----)",
    });
    expect(inspectArchiveKey("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")).toEqual({
      error: "the key could not be read: check that it was pasted whole",
    });
  });

  it("keeps the fingerprint stable for the same key", () => {
    const a = inspectArchiveKey(edPublic);
    const b = inspectArchiveKey(`\n${edPublic}\n`);
    expect(a).toEqual(b);
  });
});
