import "server-only";
import { Prisma } from "@prisma/client";
import { buildTemplate } from "@/lib/content/template";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { ScheduleRule } from "@/lib/schedule/cycles";
import { nextUnwrittenCycle } from "./next-unwritten-cycle";

export type OpenCurrentUpdateOptions = { authorId: string; now: Date };

/** Updates still in the author's hands: being written, waiting to go out, or refused by the mail server. */
export const OPEN_STATES = ["DRAFT", "APPROVED", "FAILED"] as const;

/**
 * The update the author should be working on: an open one if there is one (an unfinished update is
 * never abandoned), else a new draft for the first cycle at or after `now` that has no update yet,
 * pre-filled with the template for their active goals.
 */
export async function openCurrentUpdate({ authorId, now }: OpenCurrentUpdateOptions): Promise<{ id: string }> {
  const open = await db.update.findFirst({
    where: { authorId, state: { in: [...OPEN_STATES] } },
    orderBy: { dueAt: "asc" },
    select: { id: true },
  });
  if (open) return open;

  const author = await db.user.findUnique({ where: { id: authorId }, select: { timeZone: true, schedule: true, setupCompletedAt: true } });
  if (!author?.schedule) throw new AppError("CONFLICT", "Set your schedule before writing an update.");
  const rule: ScheduleRule = { ...author.schedule, timeZone: author.timeZone };

  const next = await nextUnwrittenCycle({ authorId, rule, now, since: author.setupCompletedAt });
  const goals = await db.goal.findMany({
    where: { ownerId: authorId, status: { notIn: ["DONE", "DROPPED"] } },
    orderBy: { position: "asc" },
    select: { id: true, title: true },
  });
  if (goals.length === 0) throw new AppError("CONFLICT", "Add the goals you own before writing an update.");
  try {
    return await db.update.create({
      data: { authorId, cycleStart: next.startsAt, dueAt: next.dueAt, content: buildTemplate(goals) },
      select: { id: true },
    });
  } catch (error) {
    // Opened twice at once (two tabs): both get the same draft.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return db.update.findUniqueOrThrow({ where: { authorId_dueAt: { authorId, dueAt: next.dueAt } }, select: { id: true } });
    }
    throw error;
  }
}
