import { createHash, createPublicKey, type KeyObject } from "node:crypto";
import { z } from "zod";

export const READ_RECEIPTS = ["disabled", "enabled", "forced"] as const;
export const ARCHIVE_DESTINATIONS = ["s3", "azure_blob", "gcs", "sftp"] as const;

/**
 * The compliance archive's public key, checked and fingerprinted. Only a public
 * key is ever accepted: a pasted private key is refused outright, since the
 * console must never hold the key that opens the archive.
 */
export function inspectArchiveKey(pem: string): { fingerprint: string; type: string } | { error: string } {
  const text = pem.trim();
  if (/PRIVATE KEY/.test(text)) return { error: "this is a private key: paste the archive's public key only" };
  if (!/^-----BEGIN (RSA )?PUBLIC KEY-----[\s\S]+-----END (RSA )?PUBLIC KEY-----$/.test(text)) {
    return { error: "expected a PEM public key (-----BEGIN PUBLIC KEY-----)" };
  }
  let key: KeyObject;
  try {
    key = createPublicKey(text);
  } catch {
    return { error: "the key could not be read: check that it was pasted whole" };
  }
  const type = key.asymmetricKeyType ?? "unknown";
  if (type === "rsa" && (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) {
    return { error: "RSA keys must have at least 2048 bits" };
  }
  if (!["rsa", "ec", "ed25519", "x25519"].includes(type)) return { error: `unsupported key type: ${type}` };
  const der = key.export({ type: "spki", format: "der" });
  const hex = createHash("sha256").update(der).digest("hex").toUpperCase();
  return { fingerprint: `SHA256:${hex.match(/../g)!.join(":")}`, type };
}

const consentBanner = z
  .object({
    enabled: z.boolean({ message: "expected on or off" }).default(false),
    header: z.string().trim().max(100, "at most 100 characters").default(""),
    body: z.string().trim().max(4000, "at most 4,000 characters").default(""),
    buttonLabel: z.string().trim().max(30, "at most 30 characters").default("I agree"),
  })
  .prefault({})
  .superRefine((b, ctx) => {
    if (!b.enabled) return;
    if (!b.header) ctx.addIssue({ code: "custom", path: ["header"], message: "a shown banner needs a header" });
    if (!b.body) ctx.addIssue({ code: "custom", path: ["body"], message: "a shown banner needs a body" });
    if (!b.buttonLabel)
      ctx.addIssue({ code: "custom", path: ["buttonLabel"], message: "a shown banner needs a button label" });
  });

const dataRetention = z
  .object({
    enabled: z.boolean({ message: "expected on or off" }).default(false),
    destination: z.enum(ARCHIVE_DESTINATIONS, { message: "choose where the archive goes" }).nullable().default(null),
    publicKeyPem: z.string().max(20_000, "that is far too long for a public key").default(""),
  })
  .prefault({})
  .transform((r, ctx) => {
    if (!r.enabled) return { ...r, fingerprint: null as string | null };
    if (!r.destination)
      ctx.addIssue({ code: "custom", path: ["destination"], message: "choose where the archive goes" });
    if (!r.publicKeyPem.trim()) {
      ctx.addIssue({ code: "custom", path: ["publicKeyPem"], message: "paste the archive's public key" });
      return { ...r, fingerprint: null };
    }
    const inspected = inspectArchiveKey(r.publicKeyPem);
    if ("error" in inspected) {
      ctx.addIssue({ code: "custom", path: ["publicKeyPem"], message: inspected.error });
      return { ...r, fingerprint: null };
    }
    return { ...r, publicKeyPem: r.publicKeyPem.trim(), fingerprint: inspected.fingerprint };
  });

/** A network's settings; stored partial documents are completed with defaults. */
export const networkSettingsSchema = z.object({
  readReceipts: z.enum(READ_RECEIPTS, { message: "expected disabled, enabled or forced" }).default("enabled"),
  consentBanner,
  clientMetrics: z.boolean({ message: "expected on or off" }).default(true),
  dataRetention,
});

export type NetworkSettings = z.output<typeof networkSettingsSchema>;

export function readNetworkSettings(stored: unknown): NetworkSettings {
  return networkSettingsSchema.parse(stored ?? {});
}
