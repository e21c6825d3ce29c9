import { describe, expect, it } from "vitest";
import { normalizePatchOps, readPatchRequest } from "./normalize-scim-patch";

const ENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

describe("SCIM PATCH dialects", () => {
  it("reads op in any letter case and splits a path-less value whose keys are paths", () => {
    const ops = normalizePatchOps(
      readPatchRequest({
        operations: [
          { op: "Replace", path: "active", value: "False" },
          {
            op: "Add",
            value: {
              "name.givenName": "Ann",
              'emails[type eq "work"].value': "a@x",
              displayName: "Ann",
              [ENT]: { department: "R" },
              [`${ENT}:manager`]: "m1",
            },
          },
        ],
      }),
    );
    expect(ops).toEqual([
      { op: "replace", path: "active", value: "False" },
      { op: "add", path: "name.givenName", value: "Ann" },
      { op: "add", path: 'emails[type eq "work"].value', value: "a@x" },
      { op: "add", path: `${ENT}:manager`, value: "m1" },
      { op: "add", value: { displayName: "Ann", [ENT]: { department: "R" } } },
    ]);
  });

  it("refuses what names nothing", () => {
    expect(() => normalizePatchOps(readPatchRequest({ Operations: [{ op: "remove" }] }))).toThrow(/needs a path/);
    expect(() => normalizePatchOps(readPatchRequest({ Operations: [{ op: "move", path: "x" }] }))).toThrow(
      /add, remove or replace/,
    );
    expect(() => readPatchRequest({ Operations: [] })).toThrow(/must not be empty/);
    expect(() => readPatchRequest({})).toThrow(/Operations/);
  });
});
