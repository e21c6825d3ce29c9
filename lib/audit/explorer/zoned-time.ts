import { TZDate } from "@date-fns/tz";

const pad = (n: number) => String(n).padStart(2, "0");

/** Whether the runtime knows the IANA zone. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** A wall-clock time ("2026-03-29T02:30", as a datetime-local input gives it) in a zone, as a UTC ISO instant. */
export function localToUtc(local: string, tz: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m || !isTimeZone(tz)) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const t = new TZDate(y!, mo! - 1, d!, h!, mi!, s || 0, tz).getTime();
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** A UTC instant as the wall-clock time in a zone, in a datetime-local input's format. */
export function utcToLocal(iso: string, tz: string): string {
  const z = new TZDate(iso, tz);
  return `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}T${pad(z.getHours())}:${pad(z.getMinutes())}`;
}
