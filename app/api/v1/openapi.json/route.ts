import { buildOpenApi } from "@/lib/api/build-openapi";

// GET /api/v1/openapi.json - the admin API's OpenAPI 3.1 document, generated from the routes and zod schemas
export async function GET() {
  return Response.json(buildOpenApi(), { headers: { "cache-control": "public, max-age=300" } });
}
