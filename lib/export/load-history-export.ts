import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { HISTORY_EXPORT_FORMAT, HISTORY_EXPORT_VERSION, type HistoryExport } from "./history-export-schema";
import { iso, readExportedUpdates } from "./read-exported-updates";

async function readLedger(authorId: string): Promise<HistoryExport["asks"]> {
  const asks = await db.ask.findMany({ where: { authorId }, orderBy: [{ firstAskedAt: "asc" }, { position: "asc" }] });
  return asks.map((ask) => ({
    goalId: ask.goalId,
    goalTitle: ask.goalTitle,
    text: ask.text,
    firstUpdateId: ask.firstUpdateId,
    firstAskedAt: ask.firstAskedAt.toISOString(),
    lastAskedAt: ask.lastAskedAt.toISOString(),
    timesAsked: ask.timesAsked,
    resolvedAt: iso(ask.resolvedAt),
    resolutionNote: ask.resolutionNote,
  }));
}

export type LoadHistoryExportOptions = { userId: string; now: Date };

/** Everything the author has in the app, in the shape of the published schema. */
export async function loadHistoryExport({ userId, now }: LoadHistoryExportOptions): Promise<HistoryExport> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { recipients: true, schedule: true, goals: { where: { ownerId: userId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] } },
  });
  if (!user) throw notFound("Account");
  const { recipients: r, schedule: s } = user;
  return ({
    format: HISTORY_EXPORT_FORMAT,
    version: HISTORY_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    profile: {
      name: user.name,
      email: user.email,
      timeZone: user.timeZone,
      joinedAt: user.createdAt.toISOString(),
      recipients: r ? { boss: { name: r.bossName, address: r.bossEmail }, skipLevel: { name: r.skipName, address: r.skipEmail }, copyToAuthor: r.copyToAuthor } : null,
      schedule: s ? { intervalWeeks: s.intervalWeeks, weekday: s.weekday, localTime: s.localTime, firstDueDate: s.firstDueDate } : null,
    },
    goals: user.goals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      description: goal.description,
      targetDate: goal.targetDate,
      status: goal.status,
      createdAt: goal.createdAt.toISOString(),
      closedAt: iso(goal.closedAt),
      closeReason: goal.closeReason,
    })),
    updates: await readExportedUpdates({ userId }),
    asks: await readLedger(userId),
  });
}
