import { listPublicKeys } from "@/lib/signing/list-public-keys";

// GET /.well-known/jwks.json - every key that signs manifests, digests and service documents, retired ones included
export async function GET() {
  return Response.json(await listPublicKeys(), { headers: { "cache-control": "public, max-age=300" } });
}

export const dynamic = "force-dynamic";
