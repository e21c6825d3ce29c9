import { listPublicKeys } from "@/lib/signing/list-public-keys";

// GET /api/service/v1/signing-keys - the public keys that verify signed documents (JWKS). Public by design.
export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json(await listPublicKeys(), { headers: { "cache-control": "public, max-age=300" } });
}
