import { describe, expect, it } from "vitest";
import { diffFields, flattenChanges, showChangeValue } from "./diff-fields";

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

describe("flattenChanges and showChangeValue", () => {
  const labels = { empty: "—", on: "on", off: "off" };

  it("walks into a list of objects item by item, so nested values show as text", () => {
    // A retention run's receipt: the holds it honoured are objects in a list.
    const rows = flattenChanges({
      after: {
        holdsHonoured: [
          { id: "h1", name: "Acme v. Example", matter: "2026-CV-0042" },
          { id: "h2", name: "Audit 2026", matter: "INT-7" },
        ],
        cutoffs: { membersBefore: "2026-10-01T00:00:00.000Z", auditBefore: null },
        scopes: ["audit.read", "members.read"],
        members: { count: 3, idsSha256: "ab" },
      },
    });
    expect(rows.map((r) => [r.path, showChangeValue(r.after, labels)])).toEqual([
      ["holdsHonoured.0.id", "h1"],
      ["holdsHonoured.0.name", "Acme v. Example"],
      ["holdsHonoured.0.matter", "2026-CV-0042"],
      ["holdsHonoured.1.id", "h2"],
      ["holdsHonoured.1.name", "Audit 2026"],
      ["holdsHonoured.1.matter", "INT-7"],
      ["cutoffs.membersBefore", "2026-10-01T00:00:00.000Z"],
      ["cutoffs.auditBefore", "—"],
      ["scopes", "audit.read, members.read"],
      ["members.count", "3"],
      ["members.idsSha256", "ab"],
    ]);
  });

  it("lines up a list's items before and after", () => {
    expect(
      flattenChanges({ before: { holds: [{ name: "A" }] }, after: { holds: [{ name: "B" }, { name: "C" }] } }),
    ).toEqual([
      { path: "holds.0.name", before: "A", after: "B" },
      { path: "holds.1.name", before: null, after: "C" },
    ]);
  });

  it("never renders a value as [object Object]", () => {
    for (const v of [{ a: 1 }, [{ a: 1 }], [[1, 2]], [null, { b: [] }], true, 0, ""]) {
      expect(showChangeValue(v, labels)).not.toContain("[object Object]");
    }
    expect(showChangeValue([{ a: 1 }], labels)).toBe('{"a":1}');
    expect(showChangeValue(false, labels)).toBe("off");
  });
});
