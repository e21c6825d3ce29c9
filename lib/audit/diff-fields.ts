/** JSON-friendly form of a value for the audit log (dates as ISO strings). */
function plain(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}

/**
 * Before and after of only the fields that changed, at any depth: the audit log
 * and the history pages show what an edit did, not the whole document twice.
 */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const x = before[key];
    const y = after[key];
    if (same(x, y)) continue;
    const isObj = (v: unknown) => !!v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date);
    if (isObj(x) && isObj(y)) {
      const inner = diffFields(x as Record<string, unknown>, y as Record<string, unknown>);
      b[key] = inner.before;
      a[key] = inner.after;
    } else {
      b[key] = plain(x) ?? null;
      a[key] = plain(y) ?? null;
    }
  }
  return { before: b, after: a };
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
// A list of objects (the holds a retention run honoured) is walked item by item;
// a list of plain values (scopes, group ids) stays one value.
const isNested = (v: unknown) => isRecord(v) || (Array.isArray(v) && v.some((x) => !!x && typeof x === "object"));
const entriesOf = (v: unknown): Record<string, unknown> =>
  Array.isArray(v) ? Object.fromEntries(v.map((x, i) => [String(i), x])) : isRecord(v) ? v : {};

/**
 * Flattens a before/after pair into rows, one per leaf: "messaging.expirationMaxMinutes",
 * or "holdsHonoured.0.name" inside a list of objects; each row's values are plain.
 */
export function flattenChanges(
  changes: { before?: unknown; after?: unknown } | null | undefined,
): { path: string; before: unknown; after: unknown }[] {
  const rows: { path: string; before: unknown; after: unknown }[] = [];
  const walk = (b: unknown, a: unknown, path: string) => {
    if (isNested(b) || isNested(a)) {
      const bo = entriesOf(b);
      const ao = entriesOf(a);
      for (const k of new Set([...Object.keys(bo), ...Object.keys(ao)])) walk(bo[k], ao[k], path ? `${path}.${k}` : k);
    } else rows.push({ path, before: b ?? null, after: a ?? null });
  };
  walk(changes?.before, changes?.after, "");
  return rows;
}

/** One flattened value as text: a list joined, anything structured as JSON, never "[object Object]". */
export function showChangeValue(v: unknown, labels: { empty: string; on: string; off: string }): string {
  if (v === null || v === undefined || v === "") return labels.empty;
  if (typeof v === "boolean") return v ? labels.on : labels.off;
  if (Array.isArray(v)) return v.length ? v.map((x) => showChangeValue(x, labels)).join(", ") : labels.empty;
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}
