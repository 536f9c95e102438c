import type { Ask } from "@/lib/content/extract-asks";
import { isStale } from "@/lib/content/similarity";

/** The asks of one sent update. */
export type SentAsks = { sentAt: Date; asks: Ask[] };

/** An ask of the latest update, and since when the author has been asking it. */
export type OpenAsk = Ask & {
  /** When the first update of the unbroken run of updates that asked it was sent. */
  firstAskedAt: Date;
  /** How many sent updates in a row asked it, the latest included. */
  timesAsked: number;
};

/** The same ask, reworded a little: same goal, nine tenths of the words alike. */
const SAME_ASK = 0.9;

function askedIn(update: SentAsks, ask: Ask): boolean {
  return update.asks.some((earlier) => earlier.goalId === ask.goalId && isStale(ask.text, earlier.text, SAME_ASK));
}

/**
 * What the author asked for in their latest sent update, each with its age: an ask repeated in
 * the updates before it has been open since the first of them. `newestFirst` is the author's
 * sent updates, latest first.
 */
export function openAsks(newestFirst: SentAsks[]): OpenAsk[] {
  const [latest, ...earlier] = newestFirst;
  if (!latest) return [];
  return latest.asks.map((ask) => {
    let firstAskedAt = latest.sentAt;
    let timesAsked = 1;
    for (const update of earlier) {
      if (!askedIn(update, ask)) break;
      firstAskedAt = update.sentAt;
      timesAsked += 1;
    }
    return { ...ask, firstAskedAt, timesAsked };
  });
}
