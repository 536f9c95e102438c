import type { Ask } from "@/lib/content/extract-asks";

/** An ask still open in the author's help ledger, and since when they have been asking it. */
export type OpenAsk = Ask & {
  /** When the update that first asked it was sent. */
  firstAskedAt: Date;
  /** How many sent updates asked it, the latest included. */
  timesAsked: number;
};

/** The ledger columns an OpenAsk is read from. */
export const openAskSelect = { goalId: true, goalTitle: true, text: true, firstAskedAt: true, timesAsked: true } as const;

/** Oldest first, then in the order the update asked them. */
export const openAskOrder = [{ firstAskedAt: "asc" as const }, { position: "asc" as const }];
