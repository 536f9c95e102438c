import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";

/** A sign-in link works once, for this long after it was asked for (by the app's clock). */
export const SIGN_IN_LINK_MINUTES = 10;

/** The page a sign-in email links to. Opening it only asks; its button signs in. */
export const CONFIRM_PATH = "/signin/confirm";

/** Where a link's "Sign in" button posts: next-auth's email callback, which consumes the token. */
export const CALLBACK_PATH = "/api/auth/callback/email";

export type SignInLinkParams = { token: string; email: string; callbackUrl: string };

/** The parameters of a sign-in link, or null when one is missing. */
export function signInLinkParams(search: URLSearchParams): SignInLinkParams | null {
  const token = search.get("token");
  const email = search.get("email");
  if (!token || !email) return null;
  return { token, email, callbackUrl: sameSitePath(search.get("callbackUrl")) };
}

/** Only same-site paths: a sign-in link must never send someone elsewhere. */
export function sameSitePath(value: string | null | undefined, appUrl?: string): string {
  if (value && appUrl && value.startsWith(`${appUrl}/`)) value = value.slice(appUrl.length);
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}

/** The link to email: next-auth's callback link (which a GET would consume) turned into our confirm page's. */
export function confirmLinkFor(callbackLink: string, appUrl: string): string {
  const params = signInLinkParams(new URL(callbackLink).searchParams);
  if (!params) throw new Error("A sign-in link without a token or an address");
  const search = new URLSearchParams({ token: params.token, email: params.email });
  const callbackUrl = sameSitePath(new URL(callbackLink).searchParams.get("callbackUrl"), appUrl);
  if (callbackUrl !== "/") search.set("callbackUrl", callbackUrl);
  return `${appUrl}${CONFIRM_PATH}?${search}`;
}

/** How next-auth 4 stores a token: sha256 of the token followed by the secret, in hex. */
export function tokenDigest(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

export type IsSignInLinkUsableOptions = { db: Db; link: SignInLinkParams; secret: string; now: Date };

/** Whether a link would still sign in: its token is stored, unused and unexpired. Reads only. */
export async function isSignInLinkUsable({ db, link, secret, now }: IsSignInLinkUsableOptions): Promise<boolean> {
  const stored = await db.verificationToken.findUnique({
    where: { identifier_token: { identifier: link.email, token: tokenDigest(link.token, secret) } },
    select: { expires: true },
  });
  return stored !== null && stored.expires > now;
}
