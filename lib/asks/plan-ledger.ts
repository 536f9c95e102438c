import type { Ask } from "@/lib/content/extract-asks";
import { isStale } from "@/lib/content/similarity";

/** An ask still open in the ledger, as far as matching a new update needs. */
export type OpenEntry = { id: string; goalId: string; text: string };

export type LedgerPlan = {
  /** Open entries asked again: they keep their first date and take the latest wording. */
  repeated: { entryId: string; ask: Ask }[];
  /** Asks not in the ledger yet, with their order in the update. */
  added: { ask: Ask; position: number }[];
};

/** The same ask, reworded a little: same goal, nine tenths of the letters alike. */
const SAME_ASK = 0.9;

/**
 * How an update's asks go into the ledger: each ask that repeats an open entry (same goal, nearly
 * the same words) is that entry again; every other ask is a new entry. An entry matches one ask
 * at most, so two asks alike in one update stay two entries.
 */
export function planLedger(open: OpenEntry[], asks: Ask[]): LedgerPlan {
  const taken = new Set<string>();
  const plan: LedgerPlan = { repeated: [], added: [] };
  asks.forEach((ask, position) => {
    const entry = open.find((e) => !taken.has(e.id) && e.goalId === ask.goalId && isStale(ask.text, e.text, SAME_ASK));
    if (entry) {
      taken.add(entry.id);
      plan.repeated.push({ entryId: entry.id, ask });
    } else {
      plan.added.push({ ask, position });
    }
  });
  return plan;
}
