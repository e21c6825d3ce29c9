import { checkReadiness } from "@/lib/health/check-readiness";

// GET /api/ready - readiness: the database is reachable and fully migrated.
export const dynamic = "force-dynamic";

export async function GET() {
  const result = await checkReadiness();
  if (result.ready) return Response.json({ status: "ready" });
  return Response.json({ status: "not ready", reason: result.reason }, { status: 503 });
}
