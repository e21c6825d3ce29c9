export const EXPORT_CADENCES = ["hourly", "daily", "weekly"] as const;
export type ExportCadence = (typeof EXPORT_CADENCES)[number];

const HOUR = 3_600_000;
export const CADENCE_MS: Record<ExportCadence, number> = { hourly: HOUR, daily: 24 * HOUR, weekly: 7 * 24 * HOUR };

/** The first period boundary after `now`, in UTC: the next hour, midnight, or Monday midnight. */
export function nextBoundary(cadence: ExportCadence, now: Date): Date {
  const d = new Date(now);
  if (cadence === "hourly") {
    d.setUTCMinutes(0, 0, 0);
    return new Date(d.getTime() + HOUR);
  }
  d.setUTCHours(0, 0, 0, 0);
  if (cadence === "daily") return new Date(d.getTime() + 24 * HOUR);
  const daysToMonday = (8 - d.getUTCDay()) % 7 || 7;
  return new Date(d.getTime() + daysToMonday * 24 * HOUR);
}
