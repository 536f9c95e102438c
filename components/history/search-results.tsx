import Link from "next/link";
import { UpdateStateBadge } from "@/components/updates/delivery-status";

type State = "DRAFT" | "APPROVED" | "SENT" | "SKIPPED" | "FAILED";

export type SearchResultView = {
  updateId: string;
  /** "Update due Friday 27 November 2026". */
  title: string;
  state: State;
  snippet: { text: string; hit: boolean }[];
};

/** Matches with their snippet: the author's words as text, the words searched for marked. `capped`: older matches were left out. */
export function SearchResults({ query, results, capped }: { query: string; results: SearchResultView[]; capped: boolean }) {
  return (
    <section aria-labelledby="search-results-heading" className="space-y-3">
      <h2 id="search-results-heading" className="text-sm font-medium text-zinc-700 dark:text-zinc-300" aria-live="polite">
        {results.length === 1 ? "1 update" : `${results.length} updates`} {capped ? `(the newest ${results.length}) ` : ""}with “{query}”
      </h2>
      <ol className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
        {results.map((result) => (
          <li key={result.updateId}>
            <Link href={`/history/${result.updateId}`} className="block space-y-1 px-5 py-4 hover:bg-zinc-50 dark:hover:bg-zinc-800/60">
              <span className="flex items-center gap-3">
                <span className="font-medium">{result.title}</span>
                <UpdateStateBadge state={result.state} />
              </span>
              <span className="block text-sm text-zinc-600 dark:text-zinc-400">
                {result.snippet.map((part, index) =>
                  part.hit ? (
                    <mark key={index} className="rounded bg-indigo-100 px-0.5 text-indigo-950 dark:bg-indigo-900 dark:text-indigo-50">
                      {part.text}
                    </mark>
                  ) : (
                    <span key={index}>{part.text}</span>
                  ),
                )}
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
