import "server-only";
import type { Delivery } from "@prisma/client";
import type { UpdateDocument } from "@/lib/content/document";
import { extractAsks } from "@/lib/content/extract-asks";
import { extractAnythingElse, extractGoalSections } from "@/lib/content/extract-sections";
import { parseUpdateDocument } from "@/lib/content/parse-update-document";
import { db } from "@/lib/db/client";
import { fromDeliverySnapshot } from "@/lib/delivery/delivery-snapshot";
import { notFound } from "@/lib/errors/app-error";
import { HISTORY_EXPORT_FORMAT, HISTORY_EXPORT_VERSION, historyExportSchema, type ExportedUpdate, type HistoryExport } from "./history-export-schema";

export type LoadHistoryExportOptions = { userId: string; now: Date };

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function exportedMessage(delivery: Delivery | undefined): ExportedUpdate["message"] {
  if (!delivery) return null;
  const { from, to, cc } = fromDeliverySnapshot(delivery);
  return {
    subject: delivery.subject,
    messageId: delivery.messageId,
    from,
    to,
    cc,
    deliveryState: delivery.state,
    sentAt: iso(delivery.sentAt),
    lastError: delivery.lastError,
  };
}

type StoredUpdate = Awaited<ReturnType<typeof readUpdates>>[number];

function readUpdates(userId: string, updateId?: string) {
  return db.update.findMany({
    where: updateId === undefined ? { authorId: userId } : { authorId: userId, id: updateId },
    orderBy: { dueAt: "asc" },
    include: { deliveries: { where: { userId, kind: "UPDATE" }, orderBy: { createdAt: "desc" }, take: 1 } },
  });
}

function exportedUpdate({ deliveries, content, ...update }: StoredUpdate): ExportedUpdate {
  const document: UpdateDocument = parseUpdateDocument(content);
  const asks = extractAsks(document);
  return {
    id: update.id,
    state: update.state,
    cycleStart: update.cycleStart.toISOString(),
    dueAt: update.dueAt.toISOString(),
    approvedAt: iso(update.approvedAt),
    sentAt: iso(update.sentAt),
    late: update.approvedAt !== null && update.approvedAt > update.dueAt,
    skipReason: update.skipReason,
    skipNote: update.skipNote,
    message: exportedMessage(deliveries[0]),
    sections: extractGoalSections(document).map(({ goalId, title, ...section }) => ({
      goalId,
      goalTitle: title,
      ...section,
      asks: asks.filter((ask) => ask.goalId === goalId).map((ask) => ask.text),
    })),
    anythingElse: extractAnythingElse(document),
    document,
  };
}

export type LoadExportedUpdateOptions = { userId: string; updateId: string };

/** One of the author's updates in the export's shape; NOT_FOUND for anyone else's. */
export async function loadExportedUpdate({ userId, updateId }: LoadExportedUpdateOptions): Promise<ExportedUpdate> {
  const [update] = await readUpdates(userId, updateId);
  if (!update) throw notFound("Update");
  return exportedUpdate(update);
}

/** Everything the author has in the app, checked against the published schema before it leaves. */
export async function loadHistoryExport({ userId, now }: LoadHistoryExportOptions): Promise<HistoryExport> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { recipients: true, schedule: true, goals: { where: { ownerId: userId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] } },
  });
  if (!user) throw notFound("Account");
  const { recipients: r, schedule: s } = user;
  return historyExportSchema.parse({
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
    updates: (await readUpdates(userId)).map(exportedUpdate),
  });
}
