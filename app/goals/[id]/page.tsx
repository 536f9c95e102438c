import type { Metadata } from "next";
import Link from "next/link";
import { CloseGoalForm } from "@/components/goals/close-goal-form";
import { ClosedGoalCard } from "@/components/goals/closed-goal-card";
import { EditGoalForm } from "@/components/goals/edit-goal-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/schedule/format";
import { getGoal } from "@/lib/goals/get-goal";
import { isClosedStatus } from "@/lib/goals/goal-input";
import { closeGoalAction, reopenGoalAction, updateGoalAction } from "../actions";
import { orNotFound } from "@/lib/errors/at-the-edge";

export const metadata: Metadata = { title: "Edit goal" };

export default async function EditGoalPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireSetUpUser();
  const { id } = await params;
  const goal = await orNotFound(getGoal({ ownerId: user.id, goalId: id }));

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/goals" className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
          ← All goals
        </Link>
        <PageHeader title="Edit goal" description={`Owner: ${user.name || user.email}`} />
      </div>
      <Card>
        <EditGoalForm goal={goal} action={updateGoalAction} />
      </Card>
      {isClosedStatus(goal.status) ? (
        <ClosedGoalCard
          reopenAction={reopenGoalAction}
          goal={{
            ...goal,
            closedLabel: goal.closedAt ? formatDate(goal.closedAt, user.timeZone) : "",
            closeReason: goal.closeReason ?? "",
          }}
        />
      ) : (
        <Card className="space-y-4">
          <div className="space-y-1">
            <h2 className="text-base font-semibold">Close this goal</h2>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              A goal stays on your list until it is done or dropped. Closing it takes it out of future updates.
            </p>
          </div>
          <CloseGoalForm goalId={goal.id} action={closeGoalAction} />
        </Card>
      )}
    </div>
  );
}
