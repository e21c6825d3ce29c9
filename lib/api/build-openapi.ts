import { z } from "zod";
import { OPERATIONS } from "@/lib/operations";
import { DOCUMENT_EXAMPLE_IDS } from "@/lib/operation/example-ids";
import { API_ROUTES, EXPLICIT_ROUTES, type ApiMethod } from "./api-routes";

type JsonSchema = { properties?: Record<string, unknown>; required?: string[]; [k: string]: unknown };

const PROBLEM = {
  type: "object",
  required: ["type", "title", "status", "detail"],
  properties: {
    type: { type: "string", format: "uri" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    errors: {
      type: "array",
      items: {
        type: "object",
        required: ["field", "messages"],
        properties: { field: { type: "string" }, messages: { type: "array", items: { type: "string" } } },
      },
    },
  },
};

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** The operation's input as JSON Schema (what a caller sends), with the fields the path supplies taken out. */
function inputSchema(schema: z.ZodType, pathNames: string[]): JsonSchema {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  delete json.$schema;
  const properties = { ...(json.properties ?? {}) };
  for (const n of pathNames) delete properties[n];
  return { ...json, properties, required: (json.required ?? []).filter((r) => !pathNames.includes(r)) };
}

/** What a route answers on success: its operation's response schema as JSON Schema, or the files it serves. */
function successContent(operation: keyof typeof OPERATIONS): Record<string, { schema: unknown }> {
  const { api, output } = OPERATIONS[operation].spec;
  if (!("none" in api) && api.files) return api.files;
  const schema = output;
  if (!schema) throw new Error(`${operation} has an API route but no output schema in its spec`);
  const json = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as JsonSchema;
  delete json.$schema;
  return { "application/json": { schema: json } };
}

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the route list and each
 * operation's zod schema: nothing in it is written by hand but the summaries.
 */
export function buildOpenApi() {
  const paths: Record<string, Record<string, unknown>> = {};
  const routes = [...API_ROUTES, ...EXPLICIT_ROUTES];
  for (const r of routes) {
    const op = OPERATIONS[r.operation];
    const pathNames = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const input = inputSchema(op.spec.schema, pathNames);
    const parameters: unknown[] = pathNames.map((name) => ({
      name,
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    const method = r.method.toLowerCase() as Lowercase<ApiMethod>;
    const queryStyle = r.method === "GET" || r.method === "DELETE";
    if (queryStyle)
      for (const [name, schema] of Object.entries(input.properties ?? {}))
        parameters.push({ name, in: "query", required: input.required?.includes(name) ?? false, schema });
    if (r.method === "POST")
      parameters.push({
        name: "Idempotency-Key",
        in: "header",
        required: false,
        description:
          "A repeat with the same key and request returns the first answer and does not act twice (kept 24 h).",
        schema: { type: "string", maxLength: 255 },
      });
    if (r.method === "PUT" || r.method === "PATCH" || r.method === "DELETE")
      parameters.push({
        name: "If-Match",
        in: "header",
        required: false,
        description: "The ETag of the object as last read: a change made since is refused with 412.",
        schema: { type: "string" },
      });
    const tag = r.path.split("/")[3] ?? r.path.split("/")[1] ?? "api";
    (paths[`/api/v1${r.path}`] ??= {})[method] = {
      operationId: r.operation,
      summary: r.summary ?? r.operation,
      tags: [tag],
      "x-permission": op.spec.permission,
      // A valid input, the spec's own example, aimed at DOCUMENT_EXAMPLE_IDS: path fields, query or body alike.
      "x-example-input": op.spec.example(DOCUMENT_EXAMPLE_IDS),
      parameters,
      ...(queryStyle
        ? {}
        : {
            requestBody: {
              required: false,
              content: {
                "application/json": { schema: input },
                // An upload route also takes its file as the raw body, named by a query parameter.
                ...("upload" in r && r.upload
                  ? Object.fromEntries(
                      r.upload.types.map((t) => [t, { schema: { type: "string", maxLength: r.upload!.maxBytes } }]),
                    )
                  : {}),
              },
            },
          }),
      responses: {
        [r.operation === "createAuditExport" ? "202" : "200"]: {
          description: "The operation's result",
          content: successContent(r.operation),
        },
        "401": problemResponse("No token, or an unknown, revoked or expired one"),
        "403": problemResponse("The token lacks the permission, or belongs to another network"),
        "404": problemResponse("No such object"),
        "409": problemResponse("The change conflicts with the object's state"),
        ...(r.operation === "downloadAuditExport" || r.operation === "verifyStoredExport"
          ? { "410": problemResponse("The export's file is no longer in the export storage") }
          : {}),
        "412": problemResponse("If-Match no longer matches: the object changed since it was read"),
        "422": problemResponse("Invalid input: every field in error is named"),
        "429": problemResponse("The token's requests per minute are used up: see Retry-After"),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Custodian admin API",
      version: "1",
      description:
        "Every admin operation of the console, with the same permissions, validation and audit. Authenticate with an API token of one network: `Authorization: Bearer cst_…`.",
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: { Problem: PROBLEM },
    },
  };
}
