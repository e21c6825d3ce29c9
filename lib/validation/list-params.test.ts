import { describe, expect, it } from "vitest";
import { listParamsSchema } from "./list-params";

const { strict, lenient } = listParamsSchema(["name", "createdAt"] as const, "name");

describe("list params", () => {
  it("lenient parsing turns bad URL values into defaults", () => {
    expect(lenient.parse({ page: "-3", pageSize: "7", sort: "password", dir: "sideways" })).toEqual({
      page: 1,
      pageSize: 25,
      sort: "name",
      dir: "asc",
    });
  });
  it("strict parsing rejects them and names the field", () => {
    const r = strict.safeParse({ pageSize: "7", sort: "password" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["pageSize", "sort"]);
  });
  it("keeps good values", () => {
    expect(lenient.parse({ page: "3", pageSize: "50", sort: "createdAt", dir: "desc", q: " acme " })).toEqual({
      page: 3,
      pageSize: 50,
      sort: "createdAt",
      dir: "desc",
      q: "acme",
    });
  });
});
