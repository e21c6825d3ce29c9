import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formChoice, jsonFormField } from "./form-choice";

const ACTIONS = { suspend: 1, delete: 2 };

describe("formChoice", () => {
  const schema = formChoice(ACTIONS, "unknown action");

  it("accepts the map's own keys", () => {
    expect(schema.parse("suspend")).toBe("suspend");
    expect(schema.parse("delete")).toBe("delete");
  });

  it("refuses what every object inherits, with the field's message", () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "", "Suspend"]) {
      const r = schema.safeParse(name);
      expect(r.success, name).toBe(false);
      expect(r.error?.issues[0]?.message, name).toBe("unknown action");
    }
    // The lookup this replaces: a prototype name found a function and "succeeded".
    expect(typeof (ACTIONS as Record<string, unknown>)["constructor"]).toBe("function");
  });
});

describe("jsonFormField", () => {
  const schema = z.object({ filter: jsonFormField("the filter is not valid JSON").optional() });

  it("parses JSON", () => {
    expect(schema.parse({ filter: '{"status":["active"]}' })).toEqual({ filter: { status: ["active"] } });
    expect(schema.parse({})).toEqual({});
  });

  it("answers a field error for text that is not JSON", () => {
    for (const bad of ["{", "{status:1}", "undefined", ""]) {
      const r = schema.safeParse({ filter: bad });
      expect(r.success, bad).toBe(false);
      expect(
        r.error?.issues.map((i) => [i.path.join("."), i.message]),
        bad,
      ).toEqual([["filter", "the filter is not valid JSON"]]);
    }
  });
});
