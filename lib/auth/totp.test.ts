import { describe, expect, it } from "vitest";
import { hashRecoveryCode, matchTotpStep, newRecoveryCodes, newTotpSecret, totpFor } from "./totp";

describe("TOTP", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 27, 12, 0, 15);
  const code = totpFor(secret, "a@example.com").generate({ timestamp: now });

  it("accepts the current code once, and refuses its replay", () => {
    const step = matchTotpStep(secret, code, null, now);
    expect(step).toBe(Math.floor(now / 30_000));
    expect(matchTotpStep(secret, code, step, now)).toBeNull();
  });

  it("tolerates one step of clock skew, not two", () => {
    expect(matchTotpStep(secret, code, null, now + 30_000)).not.toBeNull();
    expect(matchTotpStep(secret, code, null, now + 90_000)).toBeNull();
  });

  it("refuses malformed and wrong codes", () => {
    expect(matchTotpStep(secret, "12345", null, now)).toBeNull();
    expect(matchTotpStep(secret, code === "000000" ? "111111" : "000000", null, now)).toBeNull();
  });

  it("makes distinct recovery codes, hashed case-insensitively", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[0-9a-f]{5}-[0-9a-f]{5}$/);
    expect(hashRecoveryCode(codes[0]!.toUpperCase())).toBe(hashRecoveryCode(codes[0]!));
  });
});
