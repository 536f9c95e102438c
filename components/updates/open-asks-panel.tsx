import { askAge } from "@/lib/asks/ask-age";
import type { OpenAsk } from "@/lib/asks/open-asks";
import { formatDate } from "@/lib/schedule/format";
import { ContextPanel } from "./context-panel";

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
  return (
    <ContextPanel label="Your open asks" title={`Open asks (${props.asks.length})`}>
      <AskList {...props} />
    </ContextPanel>
  );
}
