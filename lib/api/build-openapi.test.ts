import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { API_ROUTES, EXPLICIT_ROUTES } from "./api-routes";
import { buildOpenApi } from "./build-openapi";

describe("the OpenAPI document", () => {
  const doc = buildOpenApi();

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(doc)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every route, once, with its operation's input", () => {
    const documented = Object.entries(doc.paths).flatMap(([p, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`),
    );
    const routes = [...API_ROUTES, ...EXPLICIT_ROUTES].map((r) => `${r.method} /api/v1${r.path}`);
    expect(documented.sort()).toEqual(routes.sort());
    const ids = Object.values(doc.paths).flatMap((m) =>
      Object.values(m).map((o) => (o as { operationId: string }).operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("takes the request body from the zod schema, without the fields the path names", () => {
    const invite = doc.paths["/api/v1/tenants/{tenantId}/members"]!.post as {
      requestBody: {
        content: { "application/json": { schema: { properties: Record<string, unknown>; required: string[] } } };
      };
      parameters: { name: string; in: string }[];
    };
    const schema = invite.requestBody.content["application/json"].schema;
    expect(Object.keys(schema.properties)).toContain("email");
    expect(schema.properties).not.toHaveProperty("tenantId");
    expect(schema.required).toContain("email");
    expect(invite.parameters.filter((p) => p.in === "path")).toEqual([
      expect.objectContaining({ name: "tenantId", in: "path" }),
    ]);
    expect(invite.parameters).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", in: "header" }));
  });

  it("turns a list's filters into query parameters", () => {
    const list = doc.paths["/api/v1/tenants/{tenantId}/audit-events"]!.get as {
      parameters: { name: string; in: string }[];
    };
    expect(list.parameters.filter((p) => p.in === "query").map((p) => p.name)).toEqual(
      expect.arrayContaining(["from", "to", "action", "outcome", "cursor", "pageSize"]),
    );
  });

  it("documents each route's success answer from its response schema, closed to undocumented fields", () => {
    const group = doc.paths["/api/v1/tenants/{tenantId}/groups"]!.get as {
      responses: Record<string, { content: Record<string, { schema: Record<string, unknown> }> }>;
    };
    const schema = group.responses["200"]!.content["application/json"]!.schema as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.required).toEqual(expect.arrayContaining(["rows", "next", "prev"]));
    expect(schema.additionalProperties).toBe(false);
    const csv = doc.paths["/api/v1/tenants/{tenantId}/members/export"]!.get as typeof group;
    expect(Object.keys(csv.responses["200"]!.content)).toEqual(["text/csv"]);
  });
});
