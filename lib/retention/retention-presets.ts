// Compliance retention presets, with the regulation they come from.
export const COMPLIANCE_PRESETS = {
  finra_4511: { days: 2190, label: "FINRA Rule 4511 (six years)" },
  sec_17a_4: { days: 2190, label: "SEC Rule 17a-4 (six years)" },
} as const;

export type CompliancePreset = keyof typeof COMPLIANCE_PRESETS;
export const DEFAULT_LIFETIME = { expirationMaxMinutes: 43_200, burnOnReadMaxMinutes: 0 };
