// "Pause until" is a calendar date for the author and an instant for the reminder planner: the
// start of that day in the author's zone.
import { Temporal } from "temporal-polyfill";
import { todayIn } from "@/lib/schedule/cycles";

/** The first instant of `date` ("YYYY-MM-DD") in `timeZone`; a day that starts in a gap starts after it. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const start = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone });
  return new Date(start.epochMilliseconds);
}

/** The date the author picked, read back from the stored instant. */
export function pauseDate(pausedUntil: Date, timeZone: string): string {
  return todayIn(timeZone, pausedUntil);
}
