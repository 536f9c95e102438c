import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { serverConfig } from "@/lib/config/server-config";

export const metadata: Metadata = { title: "Check your email" };

type Props = { searchParams: Promise<{ email?: string }> };

export default async function CheckEmailPage({ searchParams }: Props) {
  const { email } = await searchParams;
  const localMailbox = !serverConfig().smtpUrl;
  return (
    <div className="mx-auto max-w-sm space-y-6 pt-6">
      <Card className="space-y-3 text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Check your email</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          We sent a sign-in link{email ? <> to <strong className="break-all">{email}</strong></> : null}. It works for 10 minutes.
        </p>
        {localMailbox ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            This server keeps mail on this machine: open the <Link className="font-medium text-indigo-700 underline dark:text-indigo-300" href="/mailbox">local mailbox</Link>, or
            copy the link from the server log.
          </p>
        ) : null}
        <p className="text-sm">
          <Link className="text-indigo-700 underline dark:text-indigo-300" href="/signin">Use a different address</Link>
        </p>
      </Card>
    </div>
  );
}
