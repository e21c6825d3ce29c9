import { describe, expect, it } from "vitest";
import { diffFields, flattenChanges } from "./diff-fields";

describe("diffFields", () => {
  it("keeps only what changed, at any depth", () => {
    const d = diffFields(
      {
        name: "A",
        settings: { messaging: { exp: 10, burn: 0 }, calling: { video: true } },
        when: new Date("2026-01-01T00:00:00Z"),
      },
      {
        name: "A",
        settings: { messaging: { exp: 20, burn: 0 }, calling: { video: true } },
        when: new Date("2026-01-02T00:00:00Z"),
      },
    );
    expect(d).toEqual({
      before: { settings: { messaging: { exp: 10 } }, when: "2026-01-01T00:00:00.000Z" },
      after: { settings: { messaging: { exp: 20 } }, when: "2026-01-02T00:00:00.000Z" },
    });
    expect(flattenChanges(d)).toEqual([
      { path: "settings.messaging.exp", before: 10, after: 20 },
      { path: "when", before: "2026-01-01T00:00:00.000Z", after: "2026-01-02T00:00:00.000Z" },
    ]);
  });

  it("treats arrays as values", () => {
    expect(diffFields({ q: ["a"] }, { q: ["a", "b"] })).toEqual({ before: { q: ["a"] }, after: { q: ["a", "b"] } });
  });
});
