import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/db/check-database";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/**
 * Readiness, for a load balancer: 200 while this instance can reach its database, 503 while it
 * cannot, so traffic goes to the instances that can serve it.
 */
export async function GET() {
  const ok = await checkDatabase({ db });
  return NextResponse.json({ ok, database: ok ? "up" : "down" }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
