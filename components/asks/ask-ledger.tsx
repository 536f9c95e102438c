import type { FormState } from "@/lib/forms/form-state";
import { ReopenAskForm, ResolveAskForm } from "./resolve-ask-form";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** One ledger entry as shown: dates already formatted in the author's zone. */
export type ShownAsk = {
  id: string;
  goalTitle: string;
  text: string;
  firstAsked: string;
  age: string;
  timesAsked: number;
  resolved?: string;
  resolutionNote?: string;
};

function AskHeading({ ask }: { ask: ShownAsk }) {
  return (
    <div className="space-y-1">
      <p className="text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">{ask.goalTitle}</p>
      <p className="whitespace-pre-line text-sm text-zinc-900 dark:text-zinc-100">{ask.text}</p>
    </div>
  );
}

export function OpenAskList({ asks, resolve }: { asks: ShownAsk[]; resolve: Action }) {
  if (asks.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing open. Asks from your sent updates appear here.</p>;
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {asks.map((ask) => (
        <li key={ask.id} className="space-y-2 py-4 first:pt-0 last:pb-0">
          <AskHeading ask={ask} />
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            First asked {ask.firstAsked} · open {ask.age}
            {ask.timesAsked > 1 ? ` · asked in ${ask.timesAsked} updates` : ""}
          </p>
          <ResolveAskForm action={resolve} askId={ask.id} askText={ask.text} />
        </li>
      ))}
    </ul>
  );
}

export function ResolvedAskList({ asks, reopen }: { asks: ShownAsk[]; reopen: Action }) {
  if (asks.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing resolved yet.</p>;
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {asks.map((ask) => (
        <li key={ask.id} className="flex flex-wrap items-start justify-between gap-3 py-4 first:pt-0 last:pb-0">
          <div className="space-y-1">
            <AskHeading ask={ask} />
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              First asked {ask.firstAsked} · resolved {ask.resolved}
            </p>
            {ask.resolutionNote ? <p className="whitespace-pre-line text-sm text-zinc-700 dark:text-zinc-300">{ask.resolutionNote}</p> : null}
          </div>
          <ReopenAskForm action={reopen} askId={ask.id} askText={ask.text} />
        </li>
      ))}
    </ul>
  );
}
