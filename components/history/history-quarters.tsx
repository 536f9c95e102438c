import Link from "next/link";
import { UpdateStateBadge } from "@/components/updates/delivery-status";

type State = "DRAFT" | "APPROVED" | "SENT" | "SKIPPED" | "FAILED";

export type HistoryRow = {
  id: string;
  /** "Update due Friday 27 November 2026". */
  title: string;
  state: State;
  late: boolean;
  scheduled: boolean;
  /** When it went, why it was skipped, or what it waits for. */
  line: string;
};

export type HistoryQuarterView = { label: string; rows: HistoryRow[] };

/** The record, one heading per quarter, each cycle linking to what was sent. */
export function HistoryQuarters({ quarters }: { quarters: HistoryQuarterView[] }) {
  return (
    <div className="space-y-6">
      {quarters.map((quarter) => (
        <section key={quarter.label} aria-labelledby={`quarter-${quarter.label.replace(" ", "-")}`} className="space-y-2">
          <h2 id={`quarter-${quarter.label.replace(" ", "-")}`} className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">
            {quarter.label}
          </h2>
          <ol className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {quarter.rows.map((row) => (
              <li key={row.id}>
                <Link href={`/history/${row.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-5 py-4 hover:bg-zinc-50 dark:hover:bg-zinc-800/60">
                  <span className="font-medium">{row.title}</span>
                  <UpdateStateBadge state={row.state} late={row.late} scheduled={row.scheduled} />
                  <span className="w-full text-sm text-zinc-600 sm:ml-auto sm:w-auto dark:text-zinc-400">{row.line}</span>
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
