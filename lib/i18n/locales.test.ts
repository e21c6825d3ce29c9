import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import de from "./messages/de.json";
import en from "./messages/en.json";
import { negotiateLocale } from "./locales";
import { buildOpenApi } from "@/lib/api/build-openapi";

describe("negotiateLocale", () => {
  it("falls back to English", () => {
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("fr-FR,fr;q=0.9")).toBe("en");
  });
  it("matches a regional tag to its base language", () => {
    expect(negotiateLocale("de-DE;q=0.5, en-GB;q=0.8")).toBe("en");
    expect(negotiateLocale("de-AT,de;q=0.9,en;q=0.5")).toBe("de");
  });
  it("ignores languages refused with q=0", () => {
    expect(negotiateLocale("en;q=0")).toBe("en");
  });
});

describe("the English catalogue", () => {
  it("has no empty messages", () => {
    const empty: string[] = [];
    const walk = (node: unknown, key: string) => {
      if (typeof node === "string") {
        if (!node.trim()) empty.push(key);
      } else if (node && typeof node === "object") {
        for (const [k, v] of Object.entries(node)) walk(v, key ? `${key}.${k}` : k);
      }
    };
    walk(en, "");
    expect(empty).toEqual([]);
  });
});

/** Every message of a catalogue by its dotted key. */
function flatten(node: unknown, key = "", out = new Map<string, string>()): Map<string, string> {
  if (typeof node === "string") out.set(key, node);
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) flatten(v, key ? `${key}.${k}` : k, out);
  return out;
}

/** The arguments and tags a message uses, through its plural and select branches. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    out.add(`${e.type === TYPE.tag ? "<" : "{"}${e.value}`);
    if (e.type === TYPE.plural || e.type === TYPE.select)
      for (const option of Object.values(e.options)) argumentsOf(option.value, out);
    if (e.type === TYPE.tag) argumentsOf(e.children, out);
  }
  return out;
}

/** A message's syntax tree; a message that shows angle brackets literally (`<file>`) has no tags. */
function parseMessage(text: string): MessageFormatElement[] {
  try {
    return parse(text);
  } catch {
    return parse(text, { ignoreTag: true });
  }
}

// Names that read the same in German: formats and cloud products.
const SAME_IN_GERMAN = new Set([
  "audit.export.jsonl",
  "audit.schedules.jsonl",
  "networkSettings.destinations.azure_blob",
  "networkSettings.destinations.gcs",
]);

// The admin API's route summaries are English in each operation's spec; the
// German catalogue translates them under apiSummaries.<operationId>.
function routeSummaries(): Map<string, string> {
  const out = new Map<string, string>();
  for (const methods of Object.values(buildOpenApi().paths))
    for (const op of Object.values(methods as Record<string, { operationId: string; summary: string }>))
      out.set(`apiSummaries.${op.operationId}`, op.summary);
  return out;
}

describe("the German catalogue", () => {
  const english = new Map([...flatten(en), ...routeSummaries()]);
  const german = flatten(de);

  it("has every English key and no other", () => {
    expect([...english.keys()].filter((k) => !german.has(k))).toEqual([]);
    expect([...german.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it("uses the same arguments and tags in every message, and each one parses", () => {
    const differ: string[] = [];
    for (const [key, text] of english) {
      const a = [...argumentsOf(parseMessage(text))].sort();
      const b = [...argumentsOf(parseMessage(german.get(key) ?? ""))].sort();
      if (a.join() !== b.join()) differ.push(`${key}: ${a.join(" ")} ≠ ${b.join(" ")}`);
    }
    expect(differ).toEqual([]);
  });

  it("leaves no phrase in English", () => {
    // Single words (Status, Name, Admin) may be the same; a phrase left in English is a miss.
    const same = [...english].filter(
      ([k, v]) => !SAME_IN_GERMAN.has(k) && german.get(k) === v && /[a-z]{4,}\s+[a-z]{3,}/i.test(v),
    );
    expect(same.map(([k]) => k)).toEqual([]);
  });
});
