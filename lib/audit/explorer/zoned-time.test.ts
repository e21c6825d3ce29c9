import { describe, expect, it } from "vitest";
import { localToUtc, utcToLocal } from "./zoned-time";

describe("zoned time", () => {
  it("reads a wall-clock time in its zone, across daylight saving", () => {
    expect(localToUtc("2026-01-15T09:00", "Europe/Berlin")).toBe("2026-01-15T08:00:00.000Z");
    expect(localToUtc("2026-07-15T09:00", "Europe/Berlin")).toBe("2026-07-15T07:00:00.000Z");
    expect(localToUtc("2026-07-15T09:00", "America/New_York")).toBe("2026-07-15T13:00:00.000Z");
    expect(localToUtc("2026-07-15T09:00", "UTC")).toBe("2026-07-15T09:00:00.000Z");
  });
  it("round-trips to the same wall-clock time", () => {
    for (const tz of ["Europe/Berlin", "Asia/Kolkata", "America/Los_Angeles", "UTC"]) {
      expect(utcToLocal(localToUtc("2026-11-28T23:45", tz)!, tz)).toBe("2026-11-28T23:45");
    }
  });
  it("refuses an unknown zone or a malformed time", () => {
    expect(localToUtc("2026-01-15T09:00", "Mars/Olympus")).toBeNull();
    expect(localToUtc("15.01.2026 09:00", "UTC")).toBeNull();
  });
});
