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

  it("explains a missing column or a broken file instead of guessing", () => {
    expect(checkMemberCsv("email,group\na@x.com,Default", groups).headerError).toBe(
      "The header row must name these columns: first name, last name.",
    );
    expect(checkMemberCsv('email,first name,last name,group\n"a@x.com,A', groups).headerError).toMatch(
      /^The file is not valid CSV/,
    );
  });
});
