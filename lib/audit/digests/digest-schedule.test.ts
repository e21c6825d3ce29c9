import { describe, expect, it } from "vitest";
import { nextDigestDueBy } from "./digest-schedule";

describe("nextDigestDueBy", () => {
  it("allows one missed hourly digest, not two", () => {
    // Made at 09:00:02: the 10:00 digest may be missed; the 11:00 one (plus five minutes' grace) may not.
    expect(nextDigestDueBy("0 * * * *", new Date("2026-12-01T09:00:02Z")).toISOString()).toBe(
      "2026-12-01T11:05:00.000Z",
    );
  });

  it("follows an irregular schedule's own periods", () => {
    // Weekdays at 03:00: a digest of Friday is due to be followed by Tuesday's run.
    expect(nextDigestDueBy("0 3 * * 1-5", new Date("2026-11-27T03:00:04Z")).toISOString()).toBe(
      "2026-12-01T03:05:00.000Z",
    );
  });
});
