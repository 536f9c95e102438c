import { Card } from "@/components/ui/card";
import { GoalCard } from "./goal-card";
import type { FormAction, GoalView } from "./goal-view";
import { MoveGoalButtons } from "./move-goal-buttons";

export type ListedGoal = GoalView & {
  /** The target date as the owner reads it, or null when none is set. */
  targetLabel: string | null;
  targetPassed: boolean;
  /** Offered to this person, who has not answered yet. */
  waitingFor: string | null;
};

type GoalListProps = {
  goals: ListedGoal[];
  ownerName: string;
  moveAction: FormAction;
};

/** The goals on the list, in the order each update follows; or, with none yet, what a goal is. */
export function GoalList({ goals, ownerName, moveAction }: GoalListProps) {
  if (goals.length === 0) {
    return (
      <Card className="text-sm text-zinc-700 dark:text-zinc-300">
        <p>
          A goal is one thing you personally own and will report on: a result you are accountable for, not a team&apos;s to-do list.
          Add your first one below.
        </p>
      </Card>
    );
  }
  return (
    <ol className="space-y-4" aria-label="Active goals">
      {goals.map((goal, index) => (
        <li key={goal.id}>
          <GoalCard
            goal={goal}
            ownerName={ownerName}
            targetLabel={goal.targetLabel}
            targetPassed={goal.targetPassed}
            waitingFor={goal.waitingFor}
            actions={
              <MoveGoalButtons
                goalId={goal.id}
                title={goal.title}
                canMoveUp={index > 0}
                canMoveDown={index < goals.length - 1}
                action={moveAction}
              />
            }
          />
        </li>
      ))}
    </ol>
  );
}
