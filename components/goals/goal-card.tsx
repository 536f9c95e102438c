import type { ReactNode } from "react";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { GoalFacts } from "./goal-facts";
import { GoalStatusBadge } from "./goal-status-badge";
import type { GoalView } from "./goal-view";

type GoalCardProps = {
  goal: GoalView;
  ownerName: string;
  /** The target date as the owner reads it, or null when none is set. */
  targetLabel: string | null;
  targetPassed: boolean;
  /** Offered to this person, who has not answered yet. */
  waitingFor?: string | null;
  /** Reordering controls. */
  actions: ReactNode;
};

/** One goal on the list, as its owner and their boss would name it. */
export function GoalCard({ goal, ownerName, targetLabel, targetPassed, waitingFor = null, actions }: GoalCardProps) {
  return (
    <Card className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="min-w-0 text-base font-semibold break-words">{goal.title}</h2>
        <GoalStatusBadge status={goal.status} />
      </div>
      {goal.description ? (
        <p className="text-sm whitespace-pre-line break-words text-zinc-700 dark:text-zinc-300">{goal.description}</p>
      ) : null}
      <GoalFacts ownerName={ownerName} targetLabel={targetLabel} targetPassed={targetPassed} />
      {waitingFor ? (
        <p className="text-sm text-indigo-800 dark:text-indigo-200">Handing over: waiting for {waitingFor} to accept.</p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-zinc-100 pt-3 dark:border-zinc-800">
        {actions}
        <LinkButton href={`/goals/${goal.id}`} variant="secondary" className="px-3 py-1.5">
          Edit<span className="sr-only"> {goal.title}</span>
        </LinkButton>
      </div>
    </Card>
  );
}
