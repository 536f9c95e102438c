import { askAge } from "@/lib/asks/ask-age";
import type { OpenAsk } from "@/lib/asks/open-asks";
import { formatDate } from "@/lib/schedule/format";

export type OpenAsksPanelProps = { asks: OpenAsk[]; now: Date; timeZone: string };

function AskList({ asks, now, timeZone }: OpenAsksPanelProps) {
  return (
    <ul className="space-y-3">
      {asks.map((ask, index) => (
        <li key={`${ask.goalId}-${index}`} className="space-y-0.5">
          <p className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{ask.goalTitle}</p>
          {/* Plain text as sent: React escapes it, and line breaks stay where the author put them. */}
          <p className="whitespace-pre-line break-words text-sm text-zinc-800 dark:text-zinc-200">{ask.text}</p>
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            Open {askAge(ask.firstAskedAt, now)}: first asked {formatDate(ask.firstAskedAt, timeZone)}
            {ask.timesAsked > 1 ? `, in ${ask.timesAsked} updates in a row` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * What the author asked for last time and is still waiting on, with how long each has been
 * open. Read-only: nothing here goes into the new update unless the author writes it.
 */
export function OpenAsksPanel(props: OpenAsksPanelProps) {
  const title = `Open asks (${props.asks.length})`;
  const box = "rounded-xl border border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/60";
  return (
    <aside aria-label="Your open asks">
      <details className={`${box} lg:hidden`}>
        <summary className="cursor-pointer rounded-xl px-4 py-3 text-sm font-medium text-zinc-800 dark:text-zinc-200">{title}</summary>
        <div className="border-t border-zinc-200 px-4 py-4 dark:border-zinc-800">
          <AskList {...props} />
        </div>
      </details>
      <div className={`${box} hidden space-y-3 p-4 lg:block`}>
        <h2 className="text-sm font-semibold text-zinc-800 dark:text-zinc-200">{title}</h2>
        <AskList {...props} />
      </div>
    </aside>
  );
}
