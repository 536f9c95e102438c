import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { serverConfig } from "@/lib/config/server-config";
import { readMailboxMessage } from "@/lib/mailbox/read-mailbox";
import { requireLocalRequest } from "@/lib/mailbox/require-local-request";
import { formatDateTime } from "@/lib/schedule/format";

export const metadata: Metadata = { title: "Mailbox", robots: { index: false } };

type Props = { params: Promise<{ name: string }> };

export default async function MailboxMessagePage({ params }: Props) {
  await requireLocalRequest();
  const message = await readMailboxMessage({ dir: serverConfig().mailboxDir, name: (await params).name });
  if (!message) notFound();
  const rows: [string, string][] = [
    ["Subject", message.subject],
    ["From", message.from],
    ["To", message.to],
    ["Cc", message.cc],
    ["Reply-To", message.replyTo],
    ["Date", message.date ? `${formatDateTime(message.date, "UTC")} UTC` : ""],
    ["Message-ID", message.messageId],
  ];
  return (
    <div className="space-y-6">
      <PageHeader
        title={message.subject}
        description={<code className="font-mono text-xs">{message.name}</code>}
        actions={
          <LinkButton href="/mailbox" variant="secondary">
            Back to mailbox
          </LinkButton>
        }
      />
      <Card>
        <dl className="grid grid-cols-[6.5rem_1fr] gap-x-4 gap-y-2 text-sm">
          {rows
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-zinc-600 dark:text-zinc-400">{label}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
        </dl>
      </Card>
      {message.html ? (
        <section aria-labelledby="html-part" className="space-y-2">
          <h2 id="html-part" className="text-sm font-medium text-zinc-700 dark:text-zinc-300">
            HTML part
          </h2>
          {/* No scripts, no same-origin access: the message is shown, never run. */}
          <iframe
            title="HTML part of the message"
            sandbox=""
            srcDoc={message.html}
            className="h-[36rem] w-full rounded-lg border border-zinc-200 bg-white dark:border-zinc-700"
          />
        </section>
      ) : null}
      <section aria-labelledby="text-part" className="space-y-2">
        <h2 id="text-part" className="text-sm font-medium text-zinc-700 dark:text-zinc-300">
          Text part
        </h2>
        <pre className="overflow-x-auto whitespace-pre-wrap break-words rounded-lg bg-zinc-100 p-4 font-mono text-xs text-zinc-800 dark:bg-zinc-900 dark:text-zinc-200">
          {message.text || "(empty)"}
        </pre>
      </section>
    </div>
  );
}
