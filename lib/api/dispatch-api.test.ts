import { describe, expect, it } from "vitest";
import { matchApiRoute } from "./dispatch-api";

const T = "/tenants/0196f0c2-0000-7000-8000-000000000001";

describe("API route matching", () => {
  it("maps a path to its operation and path parameters", () => {
    const m = matchApiRoute("GET", `${T}/groups/abc`);
    expect(m.route?.operation).toBe("getGroup");
    expect(m.params).toEqual({ tenantId: "0196f0c2-0000-7000-8000-000000000001", groupId: "abc" });
  });

  it("prefers a literal segment to a parameter", () => {
    expect(matchApiRoute("POST", `${T}/members/suspend`).route?.operation).toBe("suspendMembers");
    expect(matchApiRoute("GET", `${T}/members/suspend`)).toMatchObject({ route: null, allowed: ["POST"] });
    expect(matchApiRoute("GET", `${T}/members/m-1`).route?.operation).toBe("getMember");
  });

  it("names the methods a path allows, and nothing for an unknown path", () => {
    expect(matchApiRoute("DELETE", `${T}/groups`)).toMatchObject({ route: null, allowed: ["GET", "POST"] });
    expect(matchApiRoute("GET", `${T}/nothing`)).toMatchObject({ route: null, allowed: [] });
  });
});
