import type { Metadata } from "next";
import { AddGoalForm } from "@/components/goals/add-goal-form";
import { ClosedGoals } from "@/components/goals/closed-goals";
import { GoalList } from "@/components/goals/goal-list";
import { IncomingHandovers } from "@/components/goals/incoming-handovers";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { todayIn } from "@/lib/schedule/cycles";
import { formatDate, formatPlainDate } from "@/lib/schedule/format";
import { isClosedStatus } from "@/lib/goals/goal-input";
import { listGoals } from "@/lib/goals/list-goals";
import { listIncomingHandovers } from "@/lib/goals/list-incoming-handovers";
import { listWaitingHandovers } from "@/lib/goals/list-waiting-handovers";
import { createGoalAction, moveGoalAction, reopenGoalAction } from "./actions";
import { acceptHandoverAction, declineHandoverAction } from "./handover-actions";
import { now } from "@/lib/clock/clock";

export const metadata: Metadata = { title: "Goals" };

export default async function GoalsPage() {
  const user = await requireSetUpUser();
  const goals = await listGoals({ ownerId: user.id, include: "all" });
  const offered = (await listIncomingHandovers({ receiverId: user.id })).map((offer) => ({
    ...offer,
    offeredLabel: formatDate(offer.offeredAt, user.timeZone),
  }));
  const waitingFor = await listWaitingHandovers({ ownerId: user.id });
  const today = now();
  const active = goals
    .filter((goal) => !isClosedStatus(goal.status))
    .map((goal) => ({
      ...goal,
      targetLabel: goal.targetDate ? formatPlainDate(goal.targetDate) : null,
      targetPassed: goal.targetDate ? goal.targetDate < todayIn(user.timeZone, today) : false,
      waitingFor: waitingFor[goal.id] ?? null,
    }));
  // Most recently closed first: the record reads backwards from today.
  const closed = goals
    .filter((goal) => isClosedStatus(goal.status))
    .sort((a, b) => (b.closedAt?.getTime() ?? 0) - (a.closedAt?.getTime() ?? 0))
    .map((goal) => ({
      ...goal,
      closedLabel: goal.closedAt ? formatDate(goal.closedAt, user.timeZone) : "",
      closeReason: goal.closeReason ?? "",
    }));

  return (
    <div className="space-y-8">
      <PageHeader
        title="Your goals"
        description="The goals you personally own. Each update has a section for every goal here, in this order."
        actions={
          active.length > 0 ? (
            <LinkButton href="/write" variant="secondary" prefetch={false}>
              Write your update
            </LinkButton>
          ) : undefined
        }
      />
      {offered.length > 0 ? (
        <IncomingHandovers handovers={offered} acceptAction={acceptHandoverAction} declineAction={declineHandoverAction} />
      ) : null}
      <GoalList goals={active} ownerName={user.name || user.email} moveAction={moveGoalAction} />
      <section aria-labelledby="add-goal-heading">
        <Card className="space-y-4">
          <h2 id="add-goal-heading" className="text-base font-semibold">
            Add a goal
          </h2>
          <AddGoalForm action={createGoalAction} autoFocus={active.length === 0} />
        </Card>
      </section>
      {closed.length > 0 ? <ClosedGoals goals={closed} reopenAction={reopenGoalAction} /> : null}
    </div>
  );
}
