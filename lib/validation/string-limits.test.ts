// Every string any door accepts has a maximum length, by construction: this
// walks each registered operation's input schema, so a new operation with an
// unbounded string fails here, not in production (a 100,000-character
// userName used to be accepted, and a 5,000-character email in /api/v1).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { OPERATIONS } from "@/lib/operations";
import { patchRequest } from "@/lib/scim/normalize-scim-patch";
import { scimGroupDocument } from "@/lib/scim/scim-groups";
import { scimUserDocument } from "@/lib/scim/scim-user";

// Documents an operation reads inside its run (SCIM resources arrive as objects and are read there).
const INNER: Record<string, z.ZodType> = { scimUserDocument, scimGroupDocument, patchRequest };

type Json = {
  type?: string | string[];
  maxLength?: number;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  properties?: Record<string, Json>;
  additionalProperties?: Json | boolean;
  items?: Json;
  prefixItems?: Json[];
  anyOf?: Json[];
  oneOf?: Json[];
  allOf?: Json[];
};

// Formats whose pattern bounds the length.
const BOUNDED_FORMATS = new Set(["uuid", "date-time", "date", "ipv4", "ipv6"]);

function unbounded(s: Json, path: string, out: string[]) {
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (
    types.includes("string") &&
    s.maxLength === undefined &&
    !s.enum &&
    s.const === undefined &&
    !BOUNDED_FORMATS.has(s.format ?? "")
  )
    out.push(path || "(root)");
  for (const [k, v] of Object.entries(s.properties ?? {})) unbounded(v, path ? `${path}.${k}` : k, out);
  if (s.additionalProperties && typeof s.additionalProperties === "object")
    unbounded(s.additionalProperties, `${path}.*`, out);
  if (s.items) unbounded(s.items, `${path}[]`, out);
  s.prefixItems?.forEach((p, i) => unbounded(p, `${path}[${i}]`, out));
  for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) unbounded(alt, path, out);
}

describe("input schemas", () => {
  it("give every string of every operation a maximum length", () => {
    const found: string[] = [];
    const schemas = [
      ...Object.entries(OPERATIONS).map(([n, op]) => [n, op.spec.schema] as const),
      ...Object.entries(INNER),
    ];
    for (const [name, schema] of schemas) {
      const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
      const paths: string[] = [];
      unbounded(json, "", paths);
      found.push(...paths.map((p) => `${name}: ${p}`));
    }
    expect(found).toEqual([]);
    expect(Object.keys(OPERATIONS).length).toBeGreaterThan(100);
  });
});
