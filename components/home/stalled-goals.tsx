import Link from "next/link";
import type { GoalSignal } from "@/lib/signals/get-goal-signals";
import { STALLED_REASONS } from "@/lib/signals/stalled";

export type StalledGoalsProps = {
  goals: GoalSignal[];
  /** Where the list sits: a section of the home page, or a note above the editor. */
  headingLevel: "h2" | "h3";
  /** Link each goal to its page (the home page), or name it only (the editor, to stay on the page). */
  linkGoals: boolean;
};

/**
 * The goals whose last two sent updates moved nothing, each with why. It points, and leaves the
 * words to the author: nothing here is put into an update.
 */
export function StalledGoals({ goals, headingLevel: Heading, linkGoals }: StalledGoalsProps) {
  const stalled = goals.flatMap((goal) => (goal.stalled ? [{ ...goal, reason: STALLED_REASONS[goal.stalled] }] : []));
  if (stalled.length === 0) return null;
  return (
    <section
      aria-labelledby="stalled-goals"
      className="space-y-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100"
    >
      <Heading id="stalled-goals" className="font-semibold">
        Stalled {stalled.length === 1 ? "goal" : "goals"}
      </Heading>
      <ul aria-labelledby="stalled-goals" className="space-y-1">
        {stalled.map((goal) => (
          <li key={goal.goalId}>
            {linkGoals ? (
              <Link href={`/goals/${goal.goalId}`} className="font-medium underline">
                {goal.title}
              </Link>
            ) : (
              <span className="font-medium">{goal.title}</span>
            )}
            : {goal.reason}.
          </li>
        ))}
      </ul>
      <p className="text-amber-900 dark:text-amber-200">
        Worth a line on what is in the way, or closing the goal if it no longer matters.
      </p>
    </section>
  );
}
