import { describe, expect, it } from "vitest";
import { BodyError, jsonDepth, parseJsonObject, readJsonBody } from "./read-json-body";

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err as BodyError;
  }
  throw new Error("expected a refusal");
};

describe("the JSON body reader", () => {
  it("counts nesting without parsing, ignoring brackets in strings", () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}', 100)).toBe(3);
    expect(jsonDepth("[".repeat(5000), 32)).toBe(33);
  });

  it("refuses deep, malformed, non-object and mistyped bodies, naming the field", () => {
    expect(refusal(() => parseJsonObject('{"a":'.repeat(5000), "application/json"))).toMatchObject({
      status: 400,
      field: "body",
    });
    expect(refusal(() => parseJsonObject("{nope", "application/json"))).toMatchObject({ status: 400, field: "body" });
    expect(refusal(() => parseJsonObject("[1]", "application/json"))).toMatchObject({ status: 400, field: "body" });
    expect(refusal(() => parseJsonObject('{"a":1}', "text/plain"))).toMatchObject({
      status: 415,
      field: "Content-Type",
    });
    expect(refusal(() => parseJsonObject('{"a":1}', null))).toMatchObject({ status: 415, field: "Content-Type" });
    expect(parseJsonObject('{"a":1}', "application/json; charset=utf-8")).toEqual({ a: 1 });
    expect(parseJsonObject("", null)).toEqual({});
  });

  it("stops reading a body past its limit", async () => {
    const big = new Request("http://x/", {
      method: "POST",
      body: "x".repeat(2_000_000),
      headers: { "content-type": "application/json" },
    });
    await expect(readJsonBody(big)).rejects.toMatchObject({ status: 413, field: "body" });
  });
});
