import "server-only";
import type { Goal, Prisma } from "@prisma/client";
import type { CycleStatus } from "@/lib/content/document";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { listGoalOwners, type OwnershipSpan } from "./list-goal-owners";
import { personName } from "./person-name";

type Cycle = { updateId: string; dueAt: Date; authorName: string; /** The viewer wrote it, so its page is theirs to open. */ mine: boolean };

export type TimelineEntry =
  | (Cycle & {
      kind: "written";
      sentAt: Date | null;
      status: CycleStatus | null;
      doing: string;
      needHelp: string;
      progress: string;
      /** The progress part was left empty: marked on the timeline, never hidden. */
      noProgress: boolean;
    })
  | (Cycle & { kind: "skipped"; skipReason: string | null })
  | (Cycle & { kind: "left-out"; sentAt: Date | null });

export type GoalTimeline = { goal: Goal; owners: OwnershipSpan[]; entries: TimelineEntry[] };

export type GetGoalTimelineOptions = { ownerId: string; goalId: string };

const author = { select: { name: true, email: true } } as const;

async function writtenCycles(goalId: string, viewerId: string): Promise<TimelineEntry[]> {
  const sections = await db.updateSection.findMany({
    where: { goalId, update: { state: "SENT" } },
    select: {
      status: true,
      doing: true,
      needHelp: true,
      progress: true,
      update: { select: { id: true, dueAt: true, sentAt: true, authorId: true, author } },
    },
  });
  return sections.map(({ update, ...section }) => ({
    kind: "written",
    updateId: update.id,
    dueAt: update.dueAt,
    sentAt: update.sentAt,
    authorName: personName(update.author),
    mine: update.authorId === viewerId,
    ...section,
    noProgress: section.progress.trim() === "",
  }));
}

/** The owners' other cycles while the goal was theirs: skipped, or sent without this goal. */
async function otherCycles(goalId: string, owners: OwnershipSpan[], viewerId: string): Promise<TimelineEntry[]> {
  const whileOwned: Prisma.UpdateWhereInput[] = owners.map((span) => ({
    authorId: span.ownerId,
    dueAt: span.until ? { gte: span.since, lt: span.until } : { gte: span.since },
  }));
  const updates = await db.update.findMany({
    where: { OR: whileOwned, state: { in: ["SENT", "SKIPPED"] }, sections: { none: { goalId } } },
    select: { id: true, state: true, dueAt: true, sentAt: true, skipReason: true, authorId: true, author },
  });
  return updates.map((update) => {
    const cycle = { updateId: update.id, dueAt: update.dueAt, authorName: personName(update.author), mine: update.authorId === viewerId };
    return update.state === "SKIPPED"
      ? { ...cycle, kind: "skipped", skipReason: update.skipReason }
      : { ...cycle, kind: "left-out", sentAt: update.sentAt };
  });
}

/**
 * The story of one of the viewer's goals, newest cycle first: every sent update that wrote about
 * it, with its status and three parts, whoever owned it then; and the cycles an owner skipped or
 * sent without it, so the record has no silent holes. Someone else's goal is not found.
 */
export async function getGoalTimeline({ ownerId, goalId }: GetGoalTimelineOptions): Promise<GoalTimeline> {
  const goal = await db.goal.findFirst({ where: { id: goalId, ownerId } });
  if (!goal) throw notFound("Goal");
  const owners = await listGoalOwners(goal);
  const entries = [...(await writtenCycles(goalId, ownerId)), ...(await otherCycles(goalId, owners, ownerId))];
  entries.sort((a, b) => b.dueAt.getTime() - a.dueAt.getTime());
  return { goal, owners, entries };
}
