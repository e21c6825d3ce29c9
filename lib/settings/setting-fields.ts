import { z } from "zod";

// A setting described once: its kind, range and default. The zod schema, the
// editor's inputs (labels and help come from the catalogue under the same key)
// and the documentation are all generated from these descriptors.
export type SettingField =
  | { key: string; kind: "boolean"; default: boolean }
  | {
      key: string;
      kind: "integer";
      min: number;
      max: number;
      default: number;
      unit?: "minutes" | "attempts" | "characters";
    }
  | { key: string; kind: "choice"; options: readonly (string | number)[]; default: string | number }
  | { key: string; kind: "strings"; maxItems: number; maxLength: number; default: string[] };

const fmt = (n: number) => n.toLocaleString("en-US");

export function fieldSchema(f: SettingField): z.ZodType {
  switch (f.kind) {
    case "boolean":
      return z.boolean({ message: "expected on or off" }).default(f.default);
    case "integer":
      return z.coerce
        .number({ message: "expected a whole number" })
        .int("expected a whole number")
        .min(f.min, `must be between ${fmt(f.min)} and ${fmt(f.max)}`)
        .max(f.max, `must be between ${fmt(f.min)} and ${fmt(f.max)}`)
        .default(f.default);
    case "choice": {
      const message = `expected one of ${f.options.join(", ")}`;
      // Form posts send numbers as text: "20" is the option 20.
      const base: z.ZodType<string | number> =
        typeof f.options[0] === "number" ? z.coerce.number({ message }) : z.string({ message }).max(64, message);
      return base.refine((v) => f.options.includes(v), { message }).default(f.default as never);
    }
    case "strings":
      return z
        .array(
          z
            .string()
            .trim()
            .min(1, "an entry cannot be empty")
            .max(f.maxLength, `each entry may have at most ${fmt(f.maxLength)} characters`),
        )
        .max(f.maxItems, `at most ${f.maxItems} entries`)
        .default(f.default);
  }
}

/** A zod object for a section: every field optional on input, filled with its default. */
export function sectionSchema(fields: readonly SettingField[]) {
  // prefault, not default: zod 4 returns a default as is, unparsed; prefault runs it
  // through the schema so that each field gets its own default.
  return z.object(Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f)]))).prefault({});
}
