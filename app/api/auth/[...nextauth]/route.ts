import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions, type AuthOptionsFor } from "@/lib/auth/options";
import { CONFIRM_PATH } from "@/lib/auth/sign-in-link";
import { signInMailGate } from "@/lib/auth/sign-in-mail-gate";

type Context = { params: Promise<{ nextauth: string[] }> };

const isEmailRoute = (route: string[], action: string) => route[0] === action && route[1] === "email";

// next-auth 4 reads params synchronously; Next 16 passes them as a promise.
async function handle(request: NextRequest, route: string[], options: AuthOptionsFor = {}) {
  return NextAuth(request as never, { params: { nextauth: route } } as never, authOptions(options));
}

export async function GET(request: NextRequest, context: Context) {
  const route = (await context.params).nextauth;
  // A GET of the email callback would consume the link: mail scanners open links. It only ever
  // shows the confirm page, whose button posts back here.
  if (isEmailRoute(route, "callback")) {
    return new Response(null, { status: 303, headers: { Location: `${CONFIRM_PATH}${request.nextUrl.search}` } });
  }
  return handle(request, route);
}

export async function POST(request: NextRequest, context: Context) {
  const route = (await context.params).nextauth;
  if (isEmailRoute(route, "signin")) return handle(request, route, { allowSignInMail: signInMailGate(request) });
  return handle(request, route);
}
