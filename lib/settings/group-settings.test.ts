import { describe, expect, it } from "vitest";
import { DEFAULT_GROUP_SETTINGS, GROUP_SECTIONS, type GroupSection, groupSettingsSchema } from "./group-settings";

/** The messages for one field, when `patch` is applied to an otherwise default document. */
function errorsFor(section: GroupSection, patch: Record<string, unknown>, field = Object.keys(patch)[0]!) {
  const r = groupSettingsSchema.safeParse({
    ...DEFAULT_GROUP_SETTINGS,
    [section]: { ...DEFAULT_GROUP_SETTINGS[section], ...patch },
  });
  return r.success
    ? []
    : r.error.issues.filter((i) => i.path.join(".") === `${section}.${field}`).map((i) => i.message);
}

describe("group settings: defaults", () => {
  it("fill an empty document, and satisfy every rule", () => {
    expect(groupSettingsSchema.parse({})).toEqual(DEFAULT_GROUP_SETTINGS);
    expect(DEFAULT_GROUP_SETTINGS.messaging).toMatchObject({
      expirationMaxMinutes: 43200,
      burnOnReadMaxMinutes: 0,
      autoDownloadSize: "low",
      screenshotShredder: 0,
    });
    expect(DEFAULT_GROUP_SETTINGS.security).toMatchObject({
      lockoutThreshold: 10,
      deviceWipeThreshold: 0,
      maxNonSsoSessionMinutes: 0,
    });
  });
});

describe("group settings: every integer range", () => {
  const integers = (Object.keys(GROUP_SECTIONS) as GroupSection[]).flatMap((section) =>
    GROUP_SECTIONS[section].filter((f) => f.kind === "integer").map((f) => ({ section, ...f })),
  );
  it.each(integers)(
    "$key ($section) accepts $min and $max, refuses one past each end",
    ({ section, key, min, max }) => {
      const message = `must be between ${min.toLocaleString("en-US")} and ${max.toLocaleString("en-US")}`;
      expect(errorsFor(section, { [key]: min - 1 })).toContain(message);
      expect(errorsFor(section, { [key]: max + 1 })).toContain(message);
      expect(errorsFor(section, { [key]: 2.5 })).toContain("expected a whole number");
      expect(errorsFor(section, { [key]: "many" })).toContain("expected a whole number");
    },
  );

  it("accepts the ends of each range where no other rule applies", () => {
    expect(errorsFor("messaging", { expirationMaxMinutes: 1 })).toEqual([]);
    expect(errorsFor("messaging", { expirationMaxMinutes: 525600 })).toEqual([]);
    expect(errorsFor("security", { passwordMinLength: 6 })).toEqual([]);
    expect(errorsFor("security", { passwordMinLength: 128 })).toEqual([]);
    expect(errorsFor("security", { lockoutThreshold: 3 })).toEqual([]);
    expect(errorsFor("security", { lockoutThreshold: 50 })).toEqual([]);
    expect(errorsFor("security", { ssoIdleTimeoutMinutes: 43200 })).toEqual([]);
  });
});

describe("group settings: choices and lists", () => {
  it("auto-download size is low or high", () => {
    expect(errorsFor("messaging", { autoDownloadSize: "medium" })).toEqual(["expected one of low, high"]);
    expect(errorsFor("messaging", { autoDownloadSize: "high" })).toEqual([]);
  });

  it("screenshot shredder intensity is 0, 20, 60 or 100", () => {
    expect(errorsFor("messaging", { screenshotShredder: 50 })).toEqual(["expected one of 0, 20, 60, 100"]);
    for (const v of [0, 20, 60, 100, "60"]) expect(errorsFor("messaging", { screenshotShredder: v })).toEqual([]);
  });

  it("quick responses: at most 10, each at most 8,000 characters, none empty", () => {
    expect(errorsFor("messaging", { quickResponses: Array.from({ length: 11 }, (_, i) => `r${i}`) })).toEqual([
      "at most 10 entries",
    ]);
    expect(errorsFor("messaging", { quickResponses: Array.from({ length: 10 }, (_, i) => `r${i}`) })).toEqual([]);
    const r = groupSettingsSchema.safeParse({ messaging: { quickResponses: ["x".repeat(8001), " "] } });
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["messaging.quickResponses.0", "each entry may have at most 8,000 characters"],
      ["messaging.quickResponses.1", "an entry cannot be empty"],
    ]);
    expect(errorsFor("messaging", { quickResponses: ["x".repeat(8000)] })).toEqual([]);
  });

  it("booleans are on or off", () => {
    expect(errorsFor("calling", { forceTcp: "yes" })).toEqual(["expected on or off"]);
  });
});

describe("group settings: cross-field rules", () => {
  it("burn-on-read never exceeds the expiration maximum", () => {
    expect(
      errorsFor("messaging", { expirationMaxMinutes: 1440, burnOnReadMaxMinutes: 1441 }, "burnOnReadMaxMinutes"),
    ).toEqual(["must not exceed the message expiration maximum (1,440 minutes)"]);
    expect(
      errorsFor("messaging", { expirationMaxMinutes: 1440, burnOnReadMaxMinutes: 1440 }, "burnOnReadMaxMinutes"),
    ).toEqual([]);
  });

  it("maps are allowed only when location sharing is on", () => {
    expect(errorsFor("messaging", { locationSharing: false, locationMaps: true }, "locationMaps")).toEqual([
      "maps need location sharing to be on",
    ]);
    expect(errorsFor("messaging", { locationSharing: true, locationMaps: true }, "locationMaps")).toEqual([]);
  });

  it("video needs 1:1 calls", () => {
    expect(errorsFor("calling", { oneToOneCalls: false, video: true }, "video")).toEqual([
      "video calls need 1:1 calls to be on",
    ]);
    expect(errorsFor("calling", { oneToOneCalls: false, video: false }, "video")).toEqual([]);
  });

  it("the device-wipe threshold is below the lockout threshold, or 0 for off", () => {
    expect(errorsFor("security", { lockoutThreshold: 5, deviceWipeThreshold: 5 }, "deviceWipeThreshold")).toEqual([
      "must be lower than the lockout threshold (5), or 0 for off",
    ]);
    expect(errorsFor("security", { lockoutThreshold: 5, deviceWipeThreshold: 4 }, "deviceWipeThreshold")).toEqual([]);
    expect(errorsFor("security", { lockoutThreshold: 3, deviceWipeThreshold: 0 }, "deviceWipeThreshold")).toEqual([]);
  });

  it("the maximum non-SSO session is 0 (off) or 60 to 525,600 minutes", () => {
    const message = "must be 0 (off) or between 60 and 525,600 minutes";
    expect(errorsFor("security", { maxNonSsoSessionMinutes: 59 })).toEqual([message]);
    expect(errorsFor("security", { maxNonSsoSessionMinutes: 1 })).toEqual([message]);
    expect(errorsFor("security", { maxNonSsoSessionMinutes: 525601 })).toEqual(["must be between 0 and 525,600"]);
    for (const ok of [0, 60, 525600]) expect(errorsFor("security", { maxNonSsoSessionMinutes: ok })).toEqual([]);
  });
});
