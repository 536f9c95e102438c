import "server-only";
import { db } from "@/lib/db/client";

export type ListLedgerOptions = { authorId: string };

const entrySelect = {
  id: true,
  goalTitle: true,
  text: true,
  firstAskedAt: true,
  lastAskedAt: true,
  timesAsked: true,
  resolvedAt: true,
  resolutionNote: true,
} as const;

/** The author's help ledger: open asks oldest first, then resolved ones, latest resolved first. */
export async function listLedger({ authorId }: ListLedgerOptions) {
  const [open, resolved] = await Promise.all([
    db.ask.findMany({ where: { authorId, resolvedAt: null }, orderBy: [{ firstAskedAt: "asc" }, { position: "asc" }], select: entrySelect }),
    db.ask.findMany({ where: { authorId, resolvedAt: { not: null } }, orderBy: [{ resolvedAt: "desc" }, { id: "asc" }], select: entrySelect }),
  ]);
  return { open, resolved };
}

export type LedgerEntry = Awaited<ReturnType<typeof listLedger>>["open"][number];
