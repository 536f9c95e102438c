import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { serverConfig } from "@/lib/config/server-config";
import { listMailbox } from "@/lib/mailbox/read-mailbox";
import { requireLocalRequest } from "@/lib/mailbox/require-local-request";
import { formatDateTime } from "@/lib/schedule/format";

export const metadata: Metadata = { title: "Mailbox", robots: { index: false } };

export default async function MailboxPage() {
  await requireLocalRequest();
  const { mailboxDir, smtpUrl } = serverConfig();
  const messages = await listMailbox({ dir: mailboxDir });
  return (
    <div className="space-y-6">
      <PageHeader
        title="Mailbox"
        description={
          <>
            Every email Biweekly sends while no mail server is set up, kept as a file in{" "}
            <code className="font-mono text-xs">{mailboxDir}</code>. Only this computer can open this page.
          </>
        }
      />
      {smtpUrl ? (
        <Notice title="Mail goes to your mail server">SMTP_URL is set, so new messages are sent for real and not kept here.</Notice>
      ) : null}
      {messages.length === 0 ? (
        <Card>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No messages yet. Sign-in links and sent updates will appear here.</p>
        </Card>
      ) : (
        <ul className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {messages.map((message) => (
            <li key={message.name}>
              <Link
                href={`/mailbox/${message.name}`}
                className="block px-5 py-3 hover:bg-zinc-50 focus-visible:bg-zinc-50 focus-visible:outline-none dark:hover:bg-zinc-800/60 dark:focus-visible:bg-zinc-800/60"
              >
                <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                  <span className="text-sm font-medium text-zinc-900 dark:text-zinc-100">{message.subject}</span>
                  {message.date ? (
                    <time dateTime={message.date.toISOString()} className="text-xs text-zinc-500 dark:text-zinc-400">
                      {formatDateTime(message.date, "UTC")} UTC
                    </time>
                  ) : null}
                </div>
                <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                  From {message.from} · To {message.to}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
