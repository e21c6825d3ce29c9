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

/** Flattens a before/after pair into rows: "messaging.expirationMaxMinutes", before, after. */
export function flattenChanges(
  changes: { before?: unknown; after?: unknown } | null | undefined,
): { path: string; before: unknown; after: unknown }[] {
  const rows: { path: string; before: unknown; after: unknown }[] = [];
  const walk = (b: unknown, a: unknown, path: string) => {
    const isObj = (v: unknown) => !!v && typeof v === "object" && !Array.isArray(v);
    if (isObj(b) || isObj(a)) {
      const bo = (isObj(b) ? b : {}) as Record<string, unknown>;
      const ao = (isObj(a) ? a : {}) as Record<string, unknown>;
      for (const k of new Set([...Object.keys(bo), ...Object.keys(ao)])) walk(bo[k], ao[k], path ? `${path}.${k}` : k);
    } else rows.push({ path, before: b ?? null, after: a ?? null });
  };
  walk(changes?.before, changes?.after, "");
  return rows;
}
