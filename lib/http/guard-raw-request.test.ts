import { describe, expect, it } from "vitest";
import { guardRawRequest, rawClientErrorResponse } from "./guard-raw-request";

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
});
