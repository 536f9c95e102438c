import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/notice";
import { STATUS_LABELS } from "@/lib/goals/goal-input";
import type { GoalSignal } from "@/lib/signals/get-goal-signals";

const tones = { ON_TRACK: "success", AT_RISK: "warning", OFF_TRACK: "error" } as const;

function StatusBadge({ status }: { status: GoalSignal["status"] }) {
  if (!status) return <Badge>No status yet</Badge>;
  return <Badge tone={tones[status]}>{STATUS_LABELS[status]}</Badge>;
}

function GoalRow({ goal }: { goal: GoalSignal }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2.5">
      <Link href={`/goals/${goal.goalId}`} className="min-w-0 break-words text-sm font-medium text-zinc-900 hover:underline dark:text-zinc-100">
        {goal.title}
      </Link>
      <span className="flex flex-wrap items-center gap-2">
        {goal.stalled ? <Badge tone="warning">Stalled</Badge> : null}
        <StatusBadge status={goal.status} />
        {goal.status && goal.statusInDraft ? <span className="text-xs text-zinc-500 dark:text-zinc-400">in your draft</span> : null}
      </span>
    </li>
  );
}

/** Every active goal with the status its owner last gave it, each leading to its own page. */
export function GoalSignalsList({ goals }: { goals: GoalSignal[] }) {
  return (
    <Card>
      <section aria-labelledby="your-goals" className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="your-goals" className="text-base font-semibold">
            Your goals
          </h2>
          <Link href="/goals" className="text-sm font-medium text-indigo-700 underline dark:text-indigo-300">
            Manage goals
          </Link>
        </div>
        {goals.length === 0 ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">You have no active goals yet.</p>
        ) : (
          <ul aria-labelledby="your-goals" className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {goals.map((goal) => (
              <GoalRow key={goal.goalId} goal={goal} />
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}
