import { redirect } from "next/navigation";
import { CycleCard } from "@/components/home/cycle-card";
import { GoalSignalsList } from "@/components/home/goal-signals-list";
import { LastSentCard } from "@/components/home/last-sent-card";
import { OfferedGoalsNotice } from "@/components/home/offered-goals-notice";
import { OpenAsksCard } from "@/components/home/open-asks-card";
import { SpreadThinNotice } from "@/components/home/spread-thin-notice";
import { StalledGoals } from "@/components/home/stalled-goals";
import { Welcome } from "@/components/home/welcome";
import { PageHeader } from "@/components/ui/card";
import { listLatestOpenAsks } from "@/lib/asks/list-latest-open-asks";
import { getCurrentUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { listIncomingHandovers } from "@/lib/goals/list-incoming-handovers";
import { getGoalSignals } from "@/lib/signals/get-goal-signals";
import { getStreak } from "@/lib/signals/get-streak";
import { isSpreadThin } from "@/lib/signals/spread-thin";
import { getHomeSummary } from "@/lib/updates/get-home-summary";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) return <Welcome />;
  if (!user.setupCompletedAt) redirect("/setup");
  const zone = user.timeZone;
  const at = now();
  const [summary, goals, streak, asks, offers] = await Promise.all([
    getHomeSummary({ authorId: user.id, now: at }),
    getGoalSignals({ ownerId: user.id }),
    getStreak({ authorId: user.id, now: at }),
    listLatestOpenAsks({ authorId: user.id }),
    listIncomingHandovers({ receiverId: user.id }),
  ]);
  const { open, lastSent, next, currentCycleDone, currentCycle, spreadThinAbove } = summary;
  // The signals list every active goal: their number is the count the spread-thin notice weighs.
  const activeGoals = goals.length;
  return (
    <div className="space-y-6">
      <PageHeader title={`Hello${user.name ? `, ${user.name.split(" ")[0]}` : ""}`} description={`Times are in ${zone.replaceAll("_", " ")}.`} />
      <OfferedGoalsNotice offers={offers} />
      <CycleCard
        open={open}
        next={next}
        currentCycleDone={currentCycleDone}
        skipReason={currentCycle?.state === "SKIPPED" ? (currentCycle.skipReason ?? "no reason given") : null}
        lastSentAt={lastSent?.sentAt ?? null}
        zone={zone}
        at={at}
      />
      <StalledGoals goals={goals} headingLevel="h2" linkGoals />
      {isSpreadThin(activeGoals, spreadThinAbove) ? <SpreadThinNotice activeGoals={activeGoals} threshold={spreadThinAbove} /> : null}
      <GoalSignalsList goals={goals} />
      <div className="grid gap-6 sm:grid-cols-2">
        <OpenAsksCard asks={asks} now={at} zone={zone} anythingSent={lastSent !== null} />
        <LastSentCard lastSentAt={lastSent?.sentAt ?? null} streak={streak} zone={zone} />
      </div>
    </div>
  );
}
