// The "spread thin" notice: more active goals than the author chose to carry at once.
import { z } from "zod";

export const SPREAD_THIN_DEFAULT = 5;
export const SPREAD_THIN_MIN = 1;
export const SPREAD_THIN_MAX = 20;

const outOfRange = `Pick a whole number from ${SPREAD_THIN_MIN} to ${SPREAD_THIN_MAX}.`;

/** The threshold as typed in Settings. */
export const spreadThinInput = z.object({
  spreadThinAbove: z
    .string()
    .trim()
    .regex(/^\d+$/, outOfRange)
    .transform(Number)
    .pipe(z.number().int().min(SPREAD_THIN_MIN, outOfRange).max(SPREAD_THIN_MAX, outOfRange)),
});

export type SpreadThinInput = z.infer<typeof spreadThinInput>;

/** True when the author carries more active goals than `threshold`. */
export function isSpreadThin(activeGoals: number, threshold: number): boolean {
  return activeGoals > threshold;
}
