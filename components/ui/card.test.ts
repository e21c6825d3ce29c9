import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CARD, card } from "./card";

// The card surface is spelt once, in card.ts: a page or component that writes
// its classes out again would drift from every other card when the look changes.
const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(e) && !/\.test\.tsx?$/.test(e) ? [p] : [];
  });
}

const surface = CARD.split(" ");
const spellsSurface = (classes: string) => surface.every((c) => classes.split(/\s+/).includes(c));

describe("the card surface", () => {
  it("adds a card's own layout to the one surface", () => {
    expect(card()).toBe(CARD);
    expect(card("p-6 max-w-2xl")).toBe(`${CARD} p-6 max-w-2xl`);
  });

  it("is written out nowhere but card.ts", () => {
    const files = ["app", "components"].flatMap((d) => sources(path.join(root, d)));
    expect(files.length).toBeGreaterThan(100);
    const copies = files
      .filter((f) => !f.endsWith(path.join("ui", "card.ts")))
      .flatMap((f) =>
        [...readFileSync(f, "utf8").matchAll(/["'`]([^"'`\n]*)["'`]/g)]
          .filter((m) => spellsSurface(m[1]!))
          .map(() => path.relative(root, f)),
      );
    expect(copies).toEqual([]);
  });
});
