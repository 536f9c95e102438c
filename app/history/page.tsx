import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/export/export-links";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { UpdateStateBadge } from "@/components/updates/delivery-status";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { formatDateTime, formatDayDate } from "@/lib/schedule/format";
import { listHistory, type HistoryEntry } from "@/lib/updates/list-history";

export const metadata: Metadata = { title: "History" };

/** One line on where the entry stands: when it went, why it was skipped, or what it waits for. */
function entryLine(entry: HistoryEntry, zone: string, at: Date): string {
  if (entry.state === "SKIPPED") return `Skipped: ${entry.skipReason ?? "no reason given"}`;
  if (entry.sentAt) return `Sent ${formatDateTime(entry.sentAt, zone)}`;
  if (entry.lastError) return entry.lastError;
  if (entry.sendsAt && entry.sendsAt > at) return `Scheduled for ${formatDateTime(entry.sendsAt, zone)}`;
  return "On its way; retried automatically until it goes out";
}

export default async function HistoryPage() {
  const user = await requireSetUpUser();
  const entries = await listHistory({ authorId: user.id });
  const zone = user.timeZone;
  const at = now();
  return (
    <div>
      <PageHeader title="History" description="Every cycle, newest first: the updates you sent, exactly as they went out, and the cycles you skipped." />
      {entries.length === 0 ? (
        <Card className="space-y-3 text-sm text-zinc-700 dark:text-zinc-300">
          <p>Nothing sent yet. Your sent updates will collect here, one every cycle: your own record of what you did and asked for.</p>
          <LinkButton href="/write">Write your update</LinkButton>
        </Card>
      ) : (
        <ol className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {entries.map((entry) => (
            <li key={entry.id}>
              <Link href={`/history/${entry.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-5 py-4 hover:bg-zinc-50 dark:hover:bg-zinc-800/60">
                <span className="font-medium">Update due {formatDayDate(entry.dueAt, zone)}</span>
                <UpdateStateBadge
                  state={entry.state}
                  late={entry.late}
                  scheduled={!entry.lastError && entry.sendsAt !== null && entry.sendsAt > at}
                />
                <span className="w-full text-sm text-zinc-600 sm:ml-auto sm:w-auto dark:text-zinc-400">{entryLine(entry, zone, at)}</span>
              </Link>
            </li>
          ))}
        </ol>
      )}
      <Card className="mt-8">
        <ExportLinks />
      </Card>
    </div>
  );
}
