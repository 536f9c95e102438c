import "server-only";
import type { Delivery } from "@prisma/client";
import { extractAsks } from "@/lib/content/extract-asks";
import { extractAnythingElse, extractGoalSections } from "@/lib/content/extract-sections";
import { db } from "@/lib/db/client";
import { fromDeliverySnapshot } from "@/lib/delivery/delivery-snapshot";
import type { ExportedUpdate } from "./history-export-schema";
import { readDocument } from "./read-document";

export type ReadExportedUpdatesOptions = { userId: string; /** Only this one, when given. */ updateId?: string };

export const iso = (date: Date | null) => (date ? date.toISOString() : null);

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
  const document = readDocument(content);
  const asks = document ? extractAsks(document) : [];
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
    sections: (document ? extractGoalSections(document) : []).map(({ goalId, title, ...section }) => ({
      goalId,
      goalTitle: title,
      ...section,
      asks: asks.filter((ask) => ask.goalId === goalId).map((ask) => ask.text),
    })),
    anythingElse: document ? extractAnythingElse(document) : "",
    document: document ?? (content as ExportedUpdate["document"]),
  };
}

/** The author's updates, oldest first, in the export's shape: states, dates, message, sections, asks. */
export async function readExportedUpdates({ userId, updateId }: ReadExportedUpdatesOptions): Promise<ExportedUpdate[]> {
  return (await readUpdates(userId, updateId)).map(exportedUpdate);
}
