import type { Metadata } from "next";
import Link from "next/link";
import { CloseGoalForm } from "@/components/goals/close-goal-form";
import { ClosedGoalCard } from "@/components/goals/closed-goal-card";
import { EditGoalForm } from "@/components/goals/edit-goal-form";
import { GoalSummary } from "@/components/goals/goal-summary";
import { GoalTimeline } from "@/components/goals/goal-timeline";
import { HandoverCard } from "@/components/goals/handover-card";
import { Card } from "@/components/ui/card";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/errors/at-the-edge";
import { getGoalTimeline } from "@/lib/goals/get-goal-timeline";
import { getWaitingHandover } from "@/lib/goals/get-waiting-handover";
import { isClosedStatus } from "@/lib/goals/goal-input";
import { formatDate } from "@/lib/schedule/format";
import { closeGoalAction, reopenGoalAction, updateGoalAction } from "../actions";
import { cancelHandoverAction, offerHandoverAction } from "../handover-actions";
import { goalPageView } from "./goal-page-view";

export const metadata: Metadata = { title: "Goal" };

export default async function GoalPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireSetUpUser();
  const { id } = await params;
  const timeline = await orNotFound(getGoalTimeline({ ownerId: user.id, goalId: id }));
  const waiting = await getWaitingHandover({ ownerId: user.id, goalId: id });
  const { goal } = timeline;
  const view = goalPageView(timeline, user);
  const closed = isClosedStatus(goal.status);

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/goals" className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
          ← All goals
        </Link>
        <GoalSummary goal={goal} ownerName={view.ownerName} owners={view.owners} targetLabel={view.targetLabel} />
      </div>
      {closed ? (
        <ClosedGoalCard
          reopenAction={reopenGoalAction}
          goal={{ ...goal, closedLabel: goal.closedAt ? formatDate(goal.closedAt, user.timeZone) : "", closeReason: goal.closeReason ?? "" }}
        />
      ) : null}
      <GoalTimeline entries={view.entries} />
      <Card className="space-y-4">
        <h2 className="text-base font-semibold">Edit goal</h2>
        <EditGoalForm goal={goal} action={updateGoalAction} />
      </Card>
      {closed ? null : (
        <HandoverCard
          goalId={goal.id}
          waiting={waiting ? { ...waiting, offeredLabel: formatDate(waiting.offeredAt, user.timeZone) } : null}
          offerAction={offerHandoverAction}
          cancelAction={cancelHandoverAction}
        />
      )}
      {closed ? null : (
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
