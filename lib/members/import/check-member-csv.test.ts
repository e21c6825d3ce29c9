import { describe, expect, it } from "vitest";
import { checkMemberCsv } from "./check-member-csv";

const groups = new Set(["Default", "Engineering"]);

describe("checkMemberCsv", () => {
  it("reads rows whatever the column order and case, trimming and lower-casing emails", () => {
    const { rows, issues } = checkMemberCsv(
      "Group,EMAIL,first name,Last Name,external id\nEngineering, Ada@Example.com ,Ada,Lovelace,e-1\n",
      groups,
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        email: "ada@example.com",
        firstName: "Ada",
        lastName: "Lovelace",
        group: "Engineering",
        externalId: "e-1",
      },
    ]);
  });

  it("names each problem by line: bad email, unknown group, duplicates", () => {
    const csv = [
      "email,first name,last name,group,external id",
      "a@x.com,A,A,Default,x1",
      "not-an-email,B,B,Default,",
      "c@x.com,C,C,Sales,",
      "A@x.com,D,D,Default,",
      "e@x.com,E,E,Default,x1",
    ].join("\n");
    const { rows, issues } = checkMemberCsv(csv, groups);
    expect(rows.map((r) => r.email)).toEqual(["a@x.com"]);
    expect(issues).toEqual([
      { line: 3, email: "not-an-email", problem: "bad_email", detail: "“not-an-email” is not an email address" },
      { line: 4, email: "c@x.com", problem: "unknown_group", detail: "no group is called “Sales”" },
      { line: 5, email: "a@x.com", problem: "duplicate_in_file", detail: "the same email is on line 2" },
      { line: 6, email: "e@x.com", problem: "duplicate_external_id", detail: "the same external id is on line 2" },
    ]);
  });

  it("explains a missing column or a file that is not CSV text instead of guessing", () => {
    expect(checkMemberCsv("email,group\na@x.com,Default", groups).headerError).toBe(
      "The header row must name these columns: first name, last name.",
    );
    // A workbook saved as .xlsx, a binary file, and Excel's legacy "CSV" in Windows-1252 (ü decoded as U+FFFD).
    expect(checkMemberCsv("PK\u0003\u0004\u0014\u0000\u0006", groups).headerError).toMatch(/workbook \(\.xlsx\)/);
    expect(checkMemberCsv("\u0000\u0001\u0002garbage", groups).headerError).toMatch(/binary data/);
    expect(checkMemberCsv("email,first name,last name,group\na@x.com,J\uFFFDrgen,M,Default", groups).headerError).toBe(
      "The file is not UTF-8 text (line 2): save it from the spreadsheet as “CSV UTF-8”.",
    );
    expect(checkMemberCsv("\n , ,\n", groups).headerError).toMatch(/empty/);
  });

  it("makes a stray quote that row's error; every other row still gets its verdict", () => {
    const csv = [
      "email,first name,last name,group",
      "a@x.com,Ada,Lovelace,Default",
      'b@x.com,"Bob,Builder,Default',
      'c@x.com,Jo "JJ" Doe,Smith,Default',
      "d@x.com,Dee,Dee,Default",
    ].join("\n");
    const { rows, issues } = checkMemberCsv(csv, groups);
    expect(rows.map((r) => [r.line, r.email, r.firstName])).toEqual([
      [2, "a@x.com", "Ada"],
      [4, "c@x.com", 'Jo "JJ" Doe'],
      [5, "d@x.com", "Dee"],
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        line: 3,
        email: "b@x.com",
        problem: "bad_row",
        detail: expect.stringMatching(/quote/),
      }),
    ]);
  });

  it("counts lines as an editor does, blank rows and Windows line ends included", () => {
    const csv = "\r\nemail,first name,last name,group\r\n\r\na@x.com,A,A,Default\r\n,,,\r\nbad,B,B,Default\r\n";
    const { rows, issues } = checkMemberCsv(csv, groups);
    expect(rows.map((r) => r.line)).toEqual([4]);
    expect(issues.map((i) => i.line)).toEqual([6]);
  });

  it("warns on the row about cells past the header, and on the header about columns it does not import", () => {
    const csv = [
      "email,first name,last name,group,department",
      "a@x.com,A,A,Default,R&D,extra,more",
      "b@x.com,B,B,Default,,",
    ].join("\n");
    const { rows, issues, warnings } = checkMemberCsv(csv, groups);
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(warnings).toEqual([
      { line: 1, detail: "“department” is not a column Custodian imports; it is ignored" },
      { line: 2, detail: "2 cell(s) past the header's 5 columns are ignored" },
    ]);
  });
});
