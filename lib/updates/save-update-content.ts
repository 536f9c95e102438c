import "server-only";
import type { Prisma } from "@prisma/client";
import type { UpdateDocument } from "@/lib/content/document";
import { extractGoalSections } from "@/lib/content/extract-sections";
import { sameDocument } from "@/lib/content/same-document";
import { db, type Db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";

export type SaveUpdateContentOptions = {
  authorId: string;
  updateId: string;
  /** Already checked with parseUpdateDocument. */
  content: UpdateDocument;
  /** The version the author's copy was based on; a save on top of an older copy is refused. */
  baseVersion: number;
};

export type SavedUpdateContent = { version: number; savedAt: Date };

const LOCKED_MESSAGES: Record<string, string> = {
  SENT: "This update has already been sent and can no longer be edited",
  APPROVED: "This update has been approved for sending and can no longer be edited",
  SKIPPED: "This update was skipped and can no longer be edited",
  FAILED: "This update was approved for sending and can no longer be edited",
};

type CurrentCopy = { state: string; version: number } | null;

/** Why a conditional save changed nothing: the update is not the author's, is locked, or moved on. */
function refusal(current: CurrentCopy): AppError {
  if (!current) return notFound("Update");
  const fieldErrors = { version: String(current.version), state: current.state };
  if (current.state !== "DRAFT") {
    return new AppError("CONFLICT", LOCKED_MESSAGES[current.state] ?? LOCKED_MESSAGES.SENT!, fieldErrors);
  }
  return new AppError(
    "CONFLICT",
    "This update was saved from another tab or device after you opened it, so this copy was not saved",
    fieldErrors,
  );
}

/**
 * A save that changed nothing. A repeat of a save that already arrived (its answer was lost, or
 * the page closed before it came) is answered as a success; anything else is refused.
 */
async function settleUnchanged(tx: Db, { authorId, updateId, content }: SaveUpdateContentOptions): Promise<SavedUpdateContent> {
  const current = await tx.update.findFirst({
    where: { id: updateId, authorId },
    select: { state: true, version: true, content: true, updatedAt: true },
  });
  if (current?.state === "DRAFT" && sameDocument(current.content, content)) {
    return { version: current.version, savedAt: current.updatedAt };
  }
  throw refusal(current);
}

/** Rebuilds the per-goal text of the update, for the author's own goals only. */
async function replaceSections(tx: Db, { authorId, updateId, content }: SaveUpdateContentOptions): Promise<void> {
  const sections = extractGoalSections(content);
  const owned = await tx.goal.findMany({
    where: { ownerId: authorId, id: { in: sections.map((section) => section.goalId) } },
    select: { id: true },
  });
  const ownedIds = new Set(owned.map((goal) => goal.id));
  await tx.updateSection.deleteMany({ where: { updateId, update: { authorId } } });
  const rows = sections
    .filter((section) => ownedIds.has(section.goalId))
    .map(({ goalId, title, position, doing, needHelp, progress }) => ({
      updateId,
      goalId,
      position,
      goalTitle: title,
      doing,
      needHelp,
      progress,
    }));
  if (rows.length > 0) await tx.updateSection.createMany({ data: rows });
}

/**
 * Autosave: stores the author's draft if it is still a draft and nobody saved a newer copy in
 * the meantime (the version check is part of the write itself), then refreshes the per-goal text.
 */
export async function saveUpdateContent(options: SaveUpdateContentOptions): Promise<SavedUpdateContent> {
  const { authorId, updateId, content, baseVersion } = options;
  return db.$transaction(async (tx) => {
    const savedAt = new Date();
    const { count } = await tx.update.updateMany({
      where: { id: updateId, authorId, state: "DRAFT", version: baseVersion },
      // UpdateDocument is plain JSON; its optional fields are what Prisma's JSON type cannot express.
      data: { content: content as unknown as Prisma.InputJsonValue, version: { increment: 1 }, updatedAt: savedAt },
    });
    if (count === 0) return settleUnchanged(tx, options);
    await replaceSections(tx, options);
    return { version: baseVersion + 1, savedAt };
  });
}
