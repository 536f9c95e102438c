import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/schedule/format";

export type LastSentCardProps = { lastSentAt: Date | null; streak: number; zone: string };

/** A run worth knowing about; nothing at all rather than a zero. */
function streakLine(streak: number): string | null {
  if (streak === 0) return null;
  return streak === 1 ? "Your last update went out on time." : `${streak} updates on time in a row.`;
}

/** When the last update went out, and how many in a row went out on time. */
export function LastSentCard({ lastSentAt, streak, zone }: LastSentCardProps) {
  const line = streakLine(streak);
  return (
    <Card>
      <section aria-labelledby="last-sent" className="space-y-2">
        <h2 id="last-sent" className="text-base font-semibold">
          Last sent
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{lastSentAt ? `Sent ${formatDateTime(lastSentAt, zone)}.` : "Nothing sent yet."}</p>
        {line ? <p className="text-sm font-medium text-emerald-800 dark:text-emerald-300">{line}</p> : null}
        <Link href="/history" className="inline-block text-sm font-medium text-indigo-700 underline dark:text-indigo-300">
          See history
        </Link>
      </section>
    </Card>
  );
}
