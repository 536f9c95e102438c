// When a goal has stopped moving, judged only from what the author sent.
//
// The input is one goal's progress text in each sent update that had a section for it, newest
// first. Skipped cycles are simply not in it: a skip neither breaks a run of empty progress nor
// counts towards one, so a goal is never flagged because its author was on holiday.
//
// An update "moved nothing" for the goal when its progress is empty (only spaces or punctuation),
// or when it is 90% or more the same as the progress sent the time before (lib/content/similarity).
// The goal is stalled when its latest two sent updates both moved nothing. Two consequences:
// - a goal sent about only once cannot be stalled: one cycle is not two in a row;
// - "the same as before" needs a before: a goal first sent two cycles ago with the same text
//   twice is stalled only if the first of those was empty, since nothing came before it.
import { isStale } from "@/lib/content/similarity";

/** Why a goal is flagged; each reads as the author's own situation. */
export type StalledReason = "empty" | "repeated" | "mixed";

export const STALLED_REASONS: Record<StalledReason, string> = {
  empty: "No progress written in the last two updates",
  repeated: "Progress almost the same as the update before, twice",
  mixed: "No new progress in the last two updates",
};

/** Nine tenths alike counts as written again rather than moved on. */
export const SAME_PROGRESS = 0.9;

type Moved = "moved" | "empty" | "repeated";

const isBlank = (text: string) => !/[\p{L}\p{N}]/u.test(text);

function movedAt(newestFirst: readonly string[], index: number): Moved {
  const text = newestFirst[index] ?? "";
  if (isBlank(text)) return "empty";
  const before = newestFirst[index + 1];
  return before !== undefined && isStale(text, before, SAME_PROGRESS) ? "repeated" : "moved";
}

/** Why the goal is stalled, or null when it moved in at least one of its latest two sent updates. */
export function stalledReason(progressNewestFirst: readonly string[]): StalledReason | null {
  if (progressNewestFirst.length < 2) return null;
  const latest = movedAt(progressNewestFirst, 0);
  const previous = movedAt(progressNewestFirst, 1);
  if (latest === "moved" || previous === "moved") return null;
  return latest === previous ? latest : "mixed";
}
