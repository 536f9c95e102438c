// Runs before every page and route: the security headers with a fresh CSP nonce, the Origin
// check for every request that can change state, and a clean 400 or 413 for requests Next.js
// itself cannot decode. See README, "Security".
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/security/content-security-policy";
import { checkSameOrigin } from "@/lib/security/same-origin";
import { undecodableActionCall, undecodablePath, type Refusal } from "@/lib/security/undecodable-request";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// Called by a scheduler with a bearer token and no cookies: a browser never adds that header on
// its own, so another site cannot make a visitor's browser call it with any effect.
const BEARER_ONLY_PATHS = new Set(["/api/cron"]);

function appOrigin(): string | undefined {
  try {
    return process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : undefined;
  } catch {
    return undefined;
  }
}

function refuseCrossSite(request: NextRequest): NextResponse | null {
  if (SAFE_METHODS.has(request.method) || BEARER_ONLY_PATHS.has(request.nextUrl.pathname)) return null;
  const allowed = [appOrigin(), request.nextUrl.origin].filter((origin): origin is string => Boolean(origin));
  const verdict = checkSameOrigin(request.headers, allowed);
  if (verdict.ok) return null;
  return NextResponse.json({ error: `Refused: ${verdict.reason}. Use Biweekly's own pages.` }, { status: 403 });
}

function refuse(refusal: Refusal): NextResponse {
  return new NextResponse(refusal.message, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

// Only calls from our own pages get this far. The body the proxy reads is a copy: Next still hands
// the whole body to the action.
async function refuseUndecodable(request: NextRequest): Promise<NextResponse | null> {
  const refusal = await undecodableActionCall(request, request.nextUrl.pathname);
  return refusal ? refuse(refusal) : null;
}

function refuseUndecodablePath(request: NextRequest): NextResponse | null {
  const refusal = undecodablePath(request.nextUrl.pathname);
  return refusal ? refuse(refusal) : null;
}

export async function proxy(request: NextRequest) {
  const https = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development", https });

  let response = refuseUndecodablePath(request) ?? refuseCrossSite(request) ?? (await refuseUndecodable(request));
  if (!response) {
    // Next.js reads the nonce from the request's policy and puts it on every script it renders.
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
