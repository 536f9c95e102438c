import { PageHeader } from "@/components/ui/card";
import { GoalFacts } from "./goal-facts";
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
      <GoalFacts ownerName={ownerName} targetLabel={targetLabel} />
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
