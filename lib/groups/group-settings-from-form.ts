import { GROUP_SECTIONS, type GroupSection } from "@/lib/settings/group-settings";

/**
 * The group editor posts one field per setting, named section.key. Checkboxes
 * are absent when off, lists are one entry per line; the schema does the rest
 * (coercing numbers, applying ranges and rules).
 */
export function groupSettingsFromForm(form: FormData): Record<GroupSection, Record<string, unknown>> {
  const out = {} as Record<GroupSection, Record<string, unknown>>;
  for (const section of Object.keys(GROUP_SECTIONS) as GroupSection[]) {
    out[section] = {};
    for (const f of GROUP_SECTIONS[section]) {
      const name = `${section}.${f.key}`;
      const raw = form.get(name)?.toString();
      if (f.kind === "boolean") out[section][f.key] = form.get(name) === "on";
      else if (f.kind === "strings")
        out[section][f.key] = (raw ?? "")
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean);
      else out[section][f.key] = raw ?? "";
    }
  }
  return out;
}
