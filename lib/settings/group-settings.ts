import { z } from "zod";
import { type SettingField, sectionSchema } from "@/lib/settings/setting-fields";

const DAY = 1440;

export const GROUP_SECTIONS = {
  messaging: [
    { key: "expirationMaxMinutes", kind: "integer", min: 1, max: 365 * DAY, default: 30 * DAY, unit: "minutes" },
    { key: "burnOnReadMaxMinutes", kind: "integer", min: 0, max: 365 * DAY, default: 0, unit: "minutes" },
    { key: "fileSharing", kind: "boolean", default: true },
    { key: "fileDownload", kind: "boolean", default: true },
    { key: "autoDownloadSize", kind: "choice", options: ["low", "high"], default: "low" },
    { key: "messageForwarding", kind: "boolean", default: true },
    { key: "linkPreviews", kind: "boolean", default: true },
    { key: "notificationPreviews", kind: "boolean", default: true },
    { key: "presence", kind: "boolean", default: true },
    { key: "locationSharing", kind: "boolean", default: false },
    { key: "locationMaps", kind: "boolean", default: false },
    { key: "quickResponses", kind: "strings", maxItems: 10, maxLength: 8000, default: [] },
    { key: "screenshotShredder", kind: "choice", options: [0, 20, 60, 100], default: 0 },
  ],
  calling: [
    { key: "oneToOneCalls", kind: "boolean", default: true },
    { key: "video", kind: "boolean", default: true },
    { key: "forceTcp", kind: "boolean", default: false },
  ],
  security: [
    { key: "passwordMinLength", kind: "integer", min: 6, max: 128, default: 8, unit: "characters" },
    { key: "passwordRequireUppercase", kind: "boolean", default: false },
    { key: "passwordRequireLowercase", kind: "boolean", default: false },
    { key: "passwordRequireDigit", kind: "boolean", default: false },
    { key: "passwordRequireSymbol", kind: "boolean", default: false },
    { key: "lockoutThreshold", kind: "integer", min: 3, max: 50, default: 10, unit: "attempts" },
    { key: "deviceWipeThreshold", kind: "integer", min: 0, max: 49, default: 0, unit: "attempts" },
    { key: "alwaysReauthenticate", kind: "boolean", default: false },
    { key: "newDeviceTwoStep", kind: "boolean", default: false },
    { key: "ssoIdleTimeoutMinutes", kind: "integer", min: 0, max: 30 * DAY, default: 0, unit: "minutes" },
    { key: "maxNonSsoSessionMinutes", kind: "integer", min: 0, max: 365 * DAY, default: 0, unit: "minutes" },
  ],
  // Narrows the network's federation for this group's members; it can never widen it.
  federation: [
    { key: "scope", kind: "choice", options: ["inherit", "selected", "none"], default: "inherit" },
    { key: "partners", kind: "strings", maxItems: 100, maxLength: 253, default: [] },
    { key: "guests", kind: "boolean", default: false },
  ],
} as const satisfies Record<string, readonly SettingField[]>;

export type GroupSection = keyof typeof GROUP_SECTIONS;

/**
 * A group's settings. Every field has a range and a default; the cross-field
 * rules below are the ones a single range cannot express. Stored settings may be
 * partial (a group created before a field existed): parsing fills the defaults.
 */
export const groupSettingsSchema = z
  .object({
    messaging: sectionSchema(GROUP_SECTIONS.messaging),
    calling: sectionSchema(GROUP_SECTIONS.calling),
    security: sectionSchema(GROUP_SECTIONS.security),
    federation: sectionSchema(GROUP_SECTIONS.federation),
  })
  .superRefine((s, ctx) => {
    const m = s.messaging as Record<string, number | boolean>;
    const c = s.calling as Record<string, boolean>;
    const sec = s.security as Record<string, number>;
    if ((m.burnOnReadMaxMinutes as number) > (m.expirationMaxMinutes as number)) {
      ctx.addIssue({
        code: "custom",
        path: ["messaging", "burnOnReadMaxMinutes"],
        message: `must not exceed the message expiration maximum (${(m.expirationMaxMinutes as number).toLocaleString("en-US")} minutes)`,
      });
    }
    if (m.locationMaps && !m.locationSharing) {
      ctx.addIssue({
        code: "custom",
        path: ["messaging", "locationMaps"],
        message: "maps need location sharing to be on",
      });
    }
    if (c.video && !c.oneToOneCalls) {
      ctx.addIssue({ code: "custom", path: ["calling", "video"], message: "video calls need 1:1 calls to be on" });
    }
    if (
      (sec.deviceWipeThreshold as number) > 0 &&
      (sec.deviceWipeThreshold as number) >= (sec.lockoutThreshold as number)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["security", "deviceWipeThreshold"],
        message: `must be lower than the lockout threshold (${sec.lockoutThreshold}), or 0 for off`,
      });
    }
    const fed = s.federation as { scope: string; partners: string[] };
    if (fed.scope === "selected" && fed.partners.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["federation", "partners"],
        message: "name at least one partner, or choose no federation",
      });
    if (fed.scope !== "selected" && fed.partners.length > 0)
      ctx.addIssue({
        code: "custom",
        path: ["federation", "partners"],
        message: "partners apply only when the scope is “selected partners”; empty the list or change the scope",
      });
    const session = sec.maxNonSsoSessionMinutes as number;
    if (session !== 0 && session < 60) {
      ctx.addIssue({
        code: "custom",
        path: ["security", "maxNonSsoSessionMinutes"],
        message: "must be 0 (off) or between 60 and 525,600 minutes",
      });
    }
  });

export type GroupSettings = z.output<typeof groupSettingsSchema>;

export const DEFAULT_GROUP_SETTINGS: GroupSettings = groupSettingsSchema.parse({});

/** Stored settings as the full document, defaults filled in. */
export function readGroupSettings(stored: unknown): GroupSettings {
  return groupSettingsSchema.parse(stored ?? {});
}
