import { databaseIsReachable } from "@/lib/db/health";

// Load balancers and the test harness poll this; it must never be cached.
export const dynamic = "force-dynamic";

export async function GET() {
  const database = await databaseIsReachable();
  return Response.json(
    { status: database ? "ok" : "degraded", database: database ? "ok" : "unreachable" },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
