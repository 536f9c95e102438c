import "server-only";
import type { Prisma } from "@prisma/client";
import type { UpdateDocument } from "@/lib/content/document";
import { extractGoalSections } from "@/lib/content/extract-sections";
import { sameDocument } from "@/lib/content/same-document";
import { db, type Db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { storeSearchText } from "@/lib/search/store-search-text";
import { NewerCopySaved } from "./newer-copy-saved";

export type SaveUpdateContentOptions = {
  authorId: string;
  updateId: string;
  /** Already checked with parseUpdateDocument. */
  content: UpdateDocument;
  /** The version the author's copy was based on; a save on top of an older copy is refused. */
  baseVersion: number;
};

export type SavedUpdateContent = {
  version: number;
  savedAt: Date;
  /** The update was approved and waiting to go out; this save made it a draft again. */
  withdrawn: boolean;
};

const LOCKED_MESSAGES: Record<string, string> = {
  SENT: "This update has already been sent and can no longer be edited",
  APPROVED: "This update has been approved for sending and can no longer be edited",
  SENDING: "This update is being sent right now and can no longer be edited",
  SKIPPED: "This update was skipped and can no longer be edited",
  FAILED: "This update was approved for sending and can no longer be edited",
};

type CurrentCopy = { state: string; version: number; content: unknown; updatedAt: Date } | null;

/**
 * Why a conditional save changed nothing: the update is not the author's, is locked, or moved on.
 * When it moved on, the refusal carries the newer copy so the author can compare the two.
 */
function refusal(current: CurrentCopy): AppError {
  if (!current) return notFound("Update");
  // A draft, or an approved update (editing it withdraws the approval), can only have moved on.
  if (current.state !== "DRAFT" && current.state !== "APPROVED") {
    const fieldErrors = { version: String(current.version), state: current.state };
    return new AppError("CONFLICT", LOCKED_MESSAGES[current.state] ?? LOCKED_MESSAGES.SENT!, fieldErrors);
  }
  return new NewerCopySaved({ content: current.content, version: current.version, savedAt: current.updatedAt }, current.state);
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
    return { version: current.version, savedAt: current.updatedAt, withdrawn: false };
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
    .map(({ goalId, title, position, status, doing, needHelp, progress }) => ({
      updateId,
      goalId,
      position,
      status,
      goalTitle: title,
      doing,
      needHelp,
      progress,
    }));
  if (rows.length > 0) await tx.updateSection.createMany({ data: rows });
}

/**
 * Editing an update that is approved but not yet sent withdraws the approval: its queued message
 * is removed and it is a draft again, so what goes out is always what the author approved last.
 * False when the update is not approved at this version; refused while its message is being sent.
 */
async function withdrawApproval(tx: Db, options: SaveUpdateContentOptions, data: Prisma.UpdateUpdateManyMutationInput): Promise<boolean> {
  const { authorId, updateId, baseVersion } = options;
  const withdrawn = await tx.update.updateMany({
    where: { id: updateId, authorId, state: "APPROVED", version: baseVersion },
    data: { ...data, state: "DRAFT", approvedAt: null },
  });
  if (withdrawn.count === 0) return false;
  const removed = await tx.delivery.deleteMany({ where: { userId: authorId, updateId, kind: "UPDATE", state: "QUEUED" } });
  if (removed.count === 0) {
    // The outbox has claimed the message: it may be at the mail server already. Throwing undoes the withdrawal.
    throw new AppError("CONFLICT", LOCKED_MESSAGES.SENDING!, { version: String(baseVersion), state: "SENDING" });
  }
  return true;
}

/**
 * Autosave: stores the author's text if the update is still a draft (or approved and not yet
 * sent, which withdraws the approval) and nobody saved a newer copy in the meantime (the version
 * check is part of the write itself), then refreshes the per-goal text and the searchable words.
 */
export async function saveUpdateContent(options: SaveUpdateContentOptions): Promise<SavedUpdateContent> {
  const { authorId, updateId, content, baseVersion } = options;
  return db.$transaction(async (tx) => {
    const savedAt = new Date();
    // UpdateDocument is plain JSON; its optional fields are what Prisma's JSON type cannot express.
    const data = { content: content as unknown as Prisma.InputJsonValue, version: { increment: 1 }, updatedAt: savedAt };
    const { count } = await tx.update.updateMany({ where: { id: updateId, authorId, state: "DRAFT", version: baseVersion }, data });
    const withdrawn = count === 0 && (await withdrawApproval(tx, options, data));
    if (count === 0 && !withdrawn) return settleUnchanged(tx, options);
    await replaceSections(tx, options);
    await storeSearchText(tx, { authorId, updateId, content });
    return { version: baseVersion + 1, savedAt, withdrawn };
  });
}
