// What a person may type about a goal, checked the same way in every form and every action.
// Pure: client components may import it for labels and types.
import { z } from "zod";

export const OPEN_STATUSES = ["ON_TRACK", "AT_RISK", "OFF_TRACK"] as const;
export const CLOSED_STATUSES = ["DONE", "DROPPED"] as const;

export type OpenGoalStatus = (typeof OPEN_STATUSES)[number];
export type CloseOutcome = (typeof CLOSED_STATUSES)[number];
export type GoalStatus = OpenGoalStatus | CloseOutcome;

export const STATUS_LABELS: Record<GoalStatus, string> = {
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  OFF_TRACK: "Off track",
  DONE: "Done",
  DROPPED: "Dropped",
};

export function isClosedStatus(status: GoalStatus): status is CloseOutcome {
  return (CLOSED_STATUSES as readonly string[]).includes(status);
}

/** True for "YYYY-MM-DD" strings that name a day on the calendar (no 31 April, no 29 February 2027). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const targetDate = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isCalendarDate(value), {
    message: "Enter a real date, like 2026-12-31, or leave it empty.",
  });

export const goalInputSchema = z.object({
  title: z
    .string({ error: "Give the goal a title." })
    .trim()
    .min(1, "Give the goal a title.")
    .max(200, "Keep the title under 200 characters."),
  description: z
    .string()
    .trim()
    .max(5000, "Keep this under 5,000 characters.")
    .optional()
    .transform((value) => value ?? ""),
  targetDate,
});

export type GoalInput = z.output<typeof goalInputSchema>;

/** The edit form may also say how the goal is going; closing goes through its own form. */
export const goalEditSchema = goalInputSchema.extend({
  status: z.enum(OPEN_STATUSES, { error: "Choose how the goal is going." }).optional(),
});

export type GoalEditInput = z.output<typeof goalEditSchema>;

export const closeGoalSchema = z.object({
  outcome: z.enum(CLOSED_STATUSES, { error: "Choose whether the goal is done or dropped." }),
  reason: z
    .string({ error: "Say why the goal is closing." })
    .trim()
    .min(1, "Say why the goal is closing.")
    .max(2000, "Keep the reason under 2,000 characters."),
});

export type CloseGoalInput = z.output<typeof closeGoalSchema>;

export const goalIdSchema = z.string().trim().min(1).max(100);

export const moveGoalSchema = z.object({
  goalId: goalIdSchema,
  direction: z.enum(["up", "down"]),
});

export type MoveDirection = z.output<typeof moveGoalSchema>["direction"];
