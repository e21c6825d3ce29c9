import { describe, expect, it } from "vitest";
import { REDACTED, redactSecrets } from "./redact-secrets";

describe("redactSecrets", () => {
  it("replaces secret-looking fields at any depth and keeps the rest", () => {
    expect(
      redactSecrets({
        after: {
          name: "SIEM",
          password: "hunter2",
          clientSecret: "s3",
          nested: [{ apiToken: "cst_x", scopes: ["audit.read"] }],
        },
        before: { totpSeed: "JBSW", recoveryCodes: ["a"], passwordHash: "$argon2id$", encryptionKey: "k" },
      }),
    ).toEqual({
      after: {
        name: "SIEM",
        password: REDACTED,
        clientSecret: REDACTED,
        nested: [{ apiToken: REDACTED, scopes: ["audit.read"] }],
      },
      before: { totpSeed: REDACTED, recoveryCodes: REDACTED, passwordHash: REDACTED, encryptionKey: REDACTED },
    });
  });
});
