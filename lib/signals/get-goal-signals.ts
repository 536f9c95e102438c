import "server-only";
import type { CycleStatus } from "@prisma/client";
import { db } from "@/lib/db/client";
import { activeGoalWhere } from "@/lib/goals/goal-scope";
import { OPEN_STATES } from "@/lib/updates/open-current-update";
import { stalledReason, type StalledReason } from "./stalled";

export type GetGoalSignalsOptions = { ownerId: string };

/** One active goal as the home page and the editor point it out. */
export type GoalSignal = {
  goalId: string;
  title: string;
  /** The status the author gave it most recently, in a sent update or the one in hand; null before any. */
  status: CycleStatus | null;
  /** Whether that status is in the update still being written rather than one already sent. */
  statusInDraft: boolean;
  stalled: StalledReason | null;
};

/** Enough sections to find a status left unset for a while, and the three sent ones stalling needs. */
const RECENT_SECTIONS = 12;

/** The owner's active goals, in their order, each with its latest status and whether it has stalled. */
export async function getGoalSignals({ ownerId }: GetGoalSignalsOptions): Promise<GoalSignal[]> {
  const goals = await db.goal.findMany({
    where: { ownerId, ...activeGoalWhere },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      sections: {
        where: { update: { authorId: ownerId, state: { in: ["SENT", ...OPEN_STATES] } } },
        orderBy: { update: { dueAt: "desc" } },
        take: RECENT_SECTIONS,
        select: { progress: true, status: true, update: { select: { state: true } } },
      },
    },
  });
  return goals.map(({ id, title, sections }) => {
    const latestStatus = sections.find((section) => section.status !== null);
    const sent = sections.filter((section) => section.update.state === "SENT");
    return {
      goalId: id,
      title,
      status: latestStatus?.status ?? null,
      statusInDraft: latestStatus !== undefined && latestStatus.update.state !== "SENT",
      stalled: stalledReason(sent.map((section) => section.progress)),
    };
  });
}
