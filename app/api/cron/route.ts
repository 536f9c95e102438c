import { NextResponse } from "next/server";
import { hasBearer } from "@/lib/auth/bearer";
import { serverConfig } from "@/lib/config/server-config";
import { db } from "@/lib/db/client";
import { runDueWork } from "@/lib/delivery/run-due-work";
import { sendMail } from "@/lib/delivery/transport";
import { now } from "@/lib/clock/clock";

export const dynamic = "force-dynamic";

/** For an external scheduler: sends whatever is due. Safe to call from several instances at once. */
export async function POST(request: Request) {
  if (!hasBearer(request.headers.get("authorization"), serverConfig().cronSecret)) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  }
  const result = await runDueWork({ now: now(), db, send: sendMail });
  return NextResponse.json(result);
}
