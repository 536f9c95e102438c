import Link from "next/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { GoalStatusBadge } from "./goal-status-badge";
import type { GoalView } from "./goal-view";

export type ClosedGoalView = GoalView & {
  /** The day it closed, as the owner reads it. */
  closedLabel: string;
  closeReason: string;
};

type ClosedGoalsProps = {
  goals: ClosedGoalView[];
  reopenAction: (formData: FormData) => Promise<void>;
};

/** Done and dropped goals, folded away: the record of what closed and why. */
export function ClosedGoals({ goals, reopenAction }: ClosedGoalsProps) {
  return (
    <details className="group rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <summary className="cursor-pointer list-none rounded-xl [&::-webkit-details-marker]:hidden px-5 py-4 text-sm font-semibold select-none">
        <span className="mr-2 inline-block transition-transform group-open:rotate-90" aria-hidden="true">
          ›
        </span>
        Closed goals <span className="font-normal text-zinc-500 dark:text-zinc-400">({goals.length})</span>
      </summary>
      <ul className="divide-y divide-zinc-100 border-t border-zinc-100 dark:divide-zinc-800 dark:border-zinc-800">
        {goals.map((goal) => (
          <li key={goal.id} className="space-y-2 px-5 py-4">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="min-w-0 text-sm font-medium break-words">
                <Link href={`/goals/${goal.id}`} className="hover:underline">
                  {goal.title}
                </Link>
              </h3>
              <GoalStatusBadge status={goal.status} />
              <span className="text-xs text-zinc-500 dark:text-zinc-400">Closed {goal.closedLabel}</span>
            </div>
            <p className="text-sm whitespace-pre-line break-words text-zinc-700 dark:text-zinc-300">
              <span className="font-medium text-zinc-500 dark:text-zinc-400">Reason: </span>
              {goal.closeReason}
            </p>
            <form action={reopenAction}>
              <input type="hidden" name="goalId" value={goal.id} />
              <SubmitButton variant="secondary" className="px-3 py-1.5" pendingLabel="Reopening…">
                Reopen<span className="sr-only"> {goal.title}</span>
              </SubmitButton>
            </form>
          </li>
        ))}
      </ul>
    </details>
  );
}
