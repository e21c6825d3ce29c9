import type { ScimProjection } from "./scim-list-params";

const ALWAYS = new Set(["schemas", "id"]);

function splitPath(path: string, core: string, extensions: string[]): [string | null, string, string | undefined] {
  const lower = path.toLowerCase();
  for (const urn of [core, ...extensions]) {
    if (lower.startsWith(`${urn.toLowerCase()}:`)) {
      const [head, sub] = path.slice(urn.length + 1).split(".", 2) as [string, string | undefined];
      return [urn === core ? null : urn, head, sub];
    }
    if (lower === urn.toLowerCase()) return [urn === core ? null : urn, "", undefined];
  }
  const [head, sub] = path.split(".", 2) as [string, string | undefined];
  return [null, head, sub];
}

function pick(obj: Record<string, unknown>, name: string): string | undefined {
  return Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
}

/**
 * A resource as `attributes` / `excludedAttributes` ask (RFC 7644 §3.9):
 * id and schemas always stay; paths may be URN-qualified and name
 * sub-attributes ("name.givenName", "emails.value").
 */
export function projectScimResource<T extends Record<string, unknown>>(
  resource: T,
  projection: ScimProjection,
  core: string,
  extensions: string[] = [],
): Record<string, unknown> {
  const { attributes, excludedAttributes } = projection;
  if (attributes?.length) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(resource)) if (ALWAYS.has(k)) out[k] = resource[k];
    for (const path of attributes) {
      const [ns, head, sub] = splitPath(path, core, extensions);
      const from = ns ? (resource[ns] as Record<string, unknown> | undefined) : resource;
      if (!from) continue;
      const into = ns ? ((out[ns] as Record<string, unknown> | undefined) ?? (out[ns] = {})) : out;
      if (!head) {
        Object.assign(into as object, from);
        continue;
      }
      const key = pick(from, head);
      if (!key) continue;
      const value = from[key];
      if (!sub || value === null || typeof value !== "object") {
        (into as Record<string, unknown>)[key] = value;
        continue;
      }
      const subKey = (v: Record<string, unknown>) => pick(v, sub);
      const keep = (v: Record<string, unknown>) => {
        const s = subKey(v);
        return s ? { [s]: v[s] } : {};
      };
      const existing = (into as Record<string, unknown>)[key];
      (into as Record<string, unknown>)[key] = Array.isArray(value)
        ? value.map((v, i) => ({ ...((existing as Record<string, unknown>[] | undefined)?.[i] ?? {}), ...keep(v) }))
        : { ...((existing as Record<string, unknown>) ?? {}), ...keep(value as Record<string, unknown>) };
    }
    return out;
  }
  if (excludedAttributes?.length) {
    const out: Record<string, unknown> = structuredClone(resource);
    for (const path of excludedAttributes) {
      const [ns, head, sub] = splitPath(path, core, extensions);
      const from = ns ? (out[ns] as Record<string, unknown> | undefined) : out;
      if (!from || !head) continue;
      const key = pick(from, head);
      if (!key || (!ns && ALWAYS.has(key))) continue;
      if (!sub) delete from[key];
      else {
        const value = from[key];
        const drop = (v: Record<string, unknown>) => {
          const s = pick(v, sub);
          if (s) delete v[s];
        };
        if (Array.isArray(value)) value.forEach((v) => drop(v as Record<string, unknown>));
        else if (value && typeof value === "object") drop(value as Record<string, unknown>);
      }
    }
    return out;
  }
  return resource;
}

/** Whether a projection leaves an attribute out (so it need not be read at all). */
export function excludes(projection: ScimProjection, name: string): boolean {
  const n = name.toLowerCase();
  if (projection.attributes?.length)
    return !projection.attributes.some((a) => a.toLowerCase() === n || a.toLowerCase().startsWith(`${n}.`));
  return !!projection.excludedAttributes?.some((a) => a.toLowerCase() === n);
}
