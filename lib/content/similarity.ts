// How close two texts are, to flag a part copied over from last time with little change.
// Compared on normalised text (case, spacing and punctuation ignored) with the Dice coefficient
// over letter pairs, which forgives small edits and word order changes alike.

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function pairs(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i += 1) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** 1 for texts that say the same thing word for word, 0 for texts with nothing in common. */
export function similarity(a: string, b: string): number {
  const left = normalise(a);
  const right = normalise(b);
  if (left === right) return 1;
  if (left.length < 2 || right.length < 2) return 0;
  const leftPairs = pairs(left);
  const rightPairs = pairs(right);
  let shared = 0;
  for (const [pair, count] of leftPairs) shared += Math.min(count, rightPairs.get(pair) ?? 0);
  return (2 * shared) / (left.length - 1 + (right.length - 1));
}

/** Whether `current` is `previous` again with little change; never for an empty text. */
export function isStale(current: string, previous: string, threshold = 0.9): boolean {
  if (normalise(current) === "" || normalise(previous) === "") return false;
  return similarity(current, previous) >= threshold;
}
