import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeCell, spreadsheetSafe, unescapeCell } from "./spreadsheet-safe";

describe("spreadsheet-safe cells", () => {
  it("neutralises every formula a spreadsheet would run (OWASP's list)", () => {
    for (const v of ['=HYPERLINK("http://evil","x")', "+cmd|' /C calc'!A0", "@SUM(A1:A2)", "-2+3", "\t=1", "\r=1"])
      expect(spreadsheetSafe(v)).toBe(`'${v}`);
    for (const v of ["ada@example.com", "Ada", "", "2026-12-01T00:00:00.000Z", "a=b"])
      expect(spreadsheetSafe(v)).toBe(v);
  });

  it("the reversible form gives every value back exactly, apostrophes included", () => {
    fc.assert(
      fc.property(fc.string(), (v) => {
        const cell = escapeCell(v);
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
        expect(unescapeCell(cell)).toBe(v);
      }),
    );
    expect(escapeCell("'=1")).toBe("''=1");
    expect(unescapeCell("''=1")).toBe("'=1");
  });
});
