import { PageHeader } from "@/components/ui/card";
import { GoalOwners, type OwnershipView } from "./goal-owners";
import { GoalStatusBadge } from "./goal-status-badge";
import type { GoalView } from "./goal-view";

type GoalSummaryProps = {
  goal: GoalView;
  ownerName: string;
  owners: OwnershipView[];
  targetLabel: string | null;
};

/** What the goal is, who owns it and since when, and how it is going. */
export function GoalSummary({ goal, ownerName, owners, targetLabel }: GoalSummaryProps) {
  return (
    <div className="space-y-3">
      <PageHeader title={goal.title} actions={<GoalStatusBadge status={goal.status} />} />
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <div className="flex gap-1">
          <dt>Owner:</dt>
          <dd className="font-medium text-zinc-800 dark:text-zinc-200">{ownerName}</dd>
        </div>
        <div className="flex gap-1">
          <dt>Target date:</dt>
          <dd className="text-zinc-800 dark:text-zinc-200">{targetLabel ?? "None set"}</dd>
        </div>
      </dl>
      <GoalOwners owners={owners} />
      {goal.description ? (
        <div className="space-y-0.5">
          <h2 className="text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">Why it matters and how it is measured</h2>
          <p className="text-sm whitespace-pre-line break-words text-zinc-700 dark:text-zinc-300">{goal.description}</p>
        </div>
      ) : null}
    </div>
  );
}
