import { isTimeZone } from "./zoned-time";

// The explorer's URL parameters: the filter, the keyset position, and the display zone.
const KEYS = [
  "from",
  "to",
  "actor",
  "action",
  "targetType",
  "targetId",
  "outcome",
  "q",
  "cursor",
  "back",
  "dir",
  "pageSize",
  "tenantId",
] as const;

export type ExplorerParams = Partial<Record<(typeof KEYS)[number], string>>;

/** The known parameters of a page's searchParams (the first value of each), and the zone to show times in. */
export function readExplorerQuery(sp: Record<string, string | string[] | undefined>) {
  const params: ExplorerParams = {};
  for (const k of KEYS) {
    const v = sp[k];
    const s = Array.isArray(v) ? v[0] : v;
    if (s !== undefined && s !== "") params[k] = s;
  }
  const tz = typeof sp.tz === "string" && isTimeZone(sp.tz) ? sp.tz : "UTC";
  return { params, tz };
}

/** The filter part only: what an export of "these events" takes. */
export function filterOf(params: ExplorerParams) {
  const { cursor: _c, back: _b, dir: _d, pageSize: _p, tenantId: _t, ...filter } = params;
  return filter;
}
