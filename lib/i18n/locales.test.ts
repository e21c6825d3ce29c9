import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("falls back to English", () => {
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("fr-FR,fr;q=0.9")).toBe("en");
  });
  it("matches a regional tag to its base language", () => {
    expect(negotiateLocale("de-DE;q=0.5, en-GB;q=0.8")).toBe("en");
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
