import { Card } from "@/components/ui/card";
import { askAge } from "@/lib/asks/ask-age";
import type { OpenAsk } from "@/lib/asks/open-asks";
import { formatDate } from "@/lib/schedule/format";

export type OpenAsksCardProps = {
  asks: OpenAsk[];
  now: Date;
  zone: string;
  /** Whether any update has gone out: before the first, there is nothing to have asked. */
  anythingSent: boolean;
};

function age(ask: OpenAsk, now: Date): string {
  const open = askAge(ask.firstAskedAt, now);
  return open === "today" ? "Asked today" : `Open ${open}`;
}

/** What the author asked for in their latest update, and how long each has been waiting. */
export function OpenAsksCard({ asks, now, zone, anythingSent }: OpenAsksCardProps) {
  return (
    <Card>
      <section aria-labelledby="open-asks" className="space-y-2">
        <h2 id="open-asks" className="text-base font-semibold">
          Open asks
        </h2>
        {asks.length === 0 ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {anythingSent ? "Your last update asked for nothing." : "What you ask for under \u201cWhere I need help\u201d shows here once sent."}
          </p>
        ) : (
          <ul aria-labelledby="open-asks" className="space-y-3">
            {asks.map((ask, index) => (
              <li key={`${ask.goalId}-${index}`} className="space-y-0.5">
                {/* Plain text as sent: React escapes it, and line breaks stay where the author put them. */}
                <p className="whitespace-pre-line break-words text-sm text-zinc-800 dark:text-zinc-200">{ask.text}</p>
                <p className="text-xs text-zinc-600 dark:text-zinc-400">
                  {ask.goalTitle} · {age(ask, now)}
                  {ask.timesAsked > 1 ? ` (first asked ${formatDate(ask.firstAskedAt, zone)}, ${ask.timesAsked} updates in a row)` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}
