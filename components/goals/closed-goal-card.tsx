import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { GoalStatusBadge } from "./goal-status-badge";
import type { ClosedGoalView } from "./closed-goals";

type ClosedGoalCardProps = {
  goal: ClosedGoalView;
  reopenAction: (formData: FormData) => Promise<void>;
};

/** How and why a goal closed, with the way back onto the list. */
export function ClosedGoalCard({ goal, reopenAction }: ClosedGoalCardProps) {
  return (
    <Card className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-base font-semibold">This goal is closed</h2>
        <GoalStatusBadge status={goal.status} />
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Closed {goal.closedLabel}.</p>
      <p className="text-sm whitespace-pre-line break-words">
        <span className="font-medium text-zinc-500 dark:text-zinc-400">Reason: </span>
        {goal.closeReason}
      </p>
      <form action={reopenAction}>
        <input type="hidden" name="goalId" value={goal.id} />
        <SubmitButton variant="secondary" pendingLabel="Reopening…">
          Reopen
        </SubmitButton>
      </form>
    </Card>
  );
}
