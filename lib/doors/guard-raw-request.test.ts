import { describe, expect, it } from "vitest";
import { guardRawRequest, guardServerActionOrigin, rawClientErrorResponse } from "./guard-raw-request";

describe("the HTTP guard", () => {
  it("lets ordinary requests through", () => {
    expect(guardRawRequest("GET", "/api/v1/tenants/abc?q=%C3%A9")).toBeNull();
    expect(guardRawRequest("PATCH", "/api/scim/v2/Users/0196f0c2-0000-7000-8000-000000000001")).toBeNull();
  });

  it("refuses paths that do not decode, or decode to a control character, naming the path", () => {
    const bad = guardRawRequest("GET", "/api/v1/tenants/%FF");
    expect(bad?.status).toBe(400);
    expect(JSON.parse(bad!.body)).toMatchObject({ errors: [{ field: "path" }] });
    expect(guardRawRequest("PUT", "/api/v1/tenants/a%00b")?.status).toBe(400);
    // SCIM paths get SCIM's error document.
    const scim = guardRawRequest("GET", "/api/scim/v2/Users/%E0%A4");
    expect(scim?.headers["content-type"]).toBe("application/scim+json");
    expect(JSON.parse(scim!.body)).toMatchObject({ status: "400", scimType: "invalidValue" });
  });

  it("refuses methods no route serves, and URLs past the limit", () => {
    expect(guardRawRequest("TRACE", "/")).toMatchObject({
      status: 405,
      headers: { allow: expect.stringContaining("GET") },
    });
    expect(guardRawRequest("PROPFIND", "/api/v1")?.status).toBe(405);
    expect(guardRawRequest("GET", `/api/v1/x?q=${"a".repeat(17_000)}`)?.status).toBe(414);
  });

  it("answers what the parser refuses with a body", () => {
    expect(rawClientErrorResponse("HPE_HEADER_OVERFLOW")).toMatch(/^HTTP\/1\.1 431 .*"field":"headers"/s);
    expect(rawClientErrorResponse("HPE_INVALID_METHOD")).toMatch(/^HTTP\/1\.1 400 /);
  });

  describe("server actions", () => {
    const consoleOrigin = "https://custodian.example.com";
    const action = (headers: Record<string, string>, method = "POST", url = "/account") =>
      guardServerActionOrigin(
        method,
        url,
        { host: "custodian.example.com", "next-action": "7f00aa", ...headers },
        consoleOrigin,
      );

    it("lets through an action from the console's origin, or one matching the Host it was sent to", () => {
      expect(action({ origin: "https://custodian.example.com" })).toBeNull();
      expect(
        guardServerActionOrigin(
          "POST",
          "/account",
          { host: "10.0.0.5:3000", "next-action": "x", origin: consoleOrigin },
          consoleOrigin,
        ),
      ).toBeNull();
      expect(
        guardServerActionOrigin(
          "POST",
          "/account",
          { host: "localhost:3400", "next-action": "x", origin: "http://localhost:3400" },
          undefined,
        ),
      ).toBeNull();
    });

    it("refuses one without an Origin, or from another, with a 403 naming Origin", () => {
      const cases: Record<string, string>[] = [
        {},
        { origin: "https://evil.example" },
        { origin: "null" },
        { origin: "not a url" },
      ];
      for (const headers of cases) {
        const refused = action(headers);
        expect(refused?.status).toBe(403);
        expect(refused?.headers["content-type"]).toBe("application/problem+json");
        expect(JSON.parse(refused!.body)).toMatchObject({ status: 403, errors: [{ field: "Origin" }] });
      }
      // A look-alike host is another origin.
      expect(action({ origin: "https://custodian.example.com.evil.example" })?.status).toBe(403);
    });

    it("covers form posts to pages, which Next runs as actions too, and nothing else", () => {
      const form = (type: string, url = "/account") =>
        guardServerActionOrigin("POST", url, { host: "custodian.example.com", "content-type": type }, consoleOrigin);
      expect(form("multipart/form-data; boundary=x")?.status).toBe(403);
      expect(form("application/x-www-form-urlencoded")?.status).toBe(403);
      // next-auth's endpoints and the APIs check their own callers (CSRF token, bearer token).
      expect(form("application/x-www-form-urlencoded", "/api/auth/callback/password")).toBeNull();
      expect(form("application/json", "/api/v1/tenants")).toBeNull();
      expect(guardServerActionOrigin("GET", "/account", { host: "custodian.example.com" }, consoleOrigin)).toBeNull();
    });
  });
});
