/**
 * Answers a signed document with its ETag, or 304 when the caller already has
 * that version (If-None-Match). For the service API's cached documents.
 */
export function respondSigned(result: unknown, request: Request): Response {
  const { etag, signed } = result as { etag: string; signed: unknown };
  const headers = { etag, "cache-control": "no-cache" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return Response.json(signed, { headers });
}
