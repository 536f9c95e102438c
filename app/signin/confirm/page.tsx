import type { Metadata } from "next";
import { LinkUnusable } from "@/components/auth/link-unusable";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CALLBACK_PATH, isSignInLinkUsable, signInLinkParams } from "@/lib/auth/sign-in-link";
import { now } from "@/lib/clock/clock";
import { serverConfig } from "@/lib/config/server-config";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Sign in", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function searchOf(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (typeof value === "string") search.set(name, value);
  return search;
}

/**
 * Where a sign-in email's link lands. Opening it (as mail scanners do) changes nothing; the
 * "Sign in" button posts the link to next-auth, which consumes it once.
 */
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const link = signInLinkParams(searchOf(await searchParams));
  const usable = link !== null && (await isSignInLinkUsable({ db, link, secret: serverConfig().authSecret, now: now() }));
  if (!link || !usable) return <LinkUnusable />;
  const action = `${CALLBACK_PATH}?${new URLSearchParams({ token: link.token, email: link.email, callbackUrl: link.callbackUrl })}`;
  return (
    <div className="mx-auto max-w-sm space-y-6 pt-6">
      <Card className="space-y-4 text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Sign in to Biweekly</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Sign in as <strong className="break-all">{link.email}</strong>?
        </p>
        <form method="post" action={action}>
          <button type="submit" className={buttonClass("primary", "w-full")}>
            Sign in
          </button>
        </form>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">Not you, or you did not ask for this? Close this page: nothing happens.</p>
      </Card>
    </div>
  );
}
