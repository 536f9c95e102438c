// When the author is reminded before an update is due. The stored form is a comma list of
// minutes before the due instant ("2880,120"), as Schedule.reminderLeadMinutes keeps it.

export type ReminderLead = { minutes: number; label: string };

/** The lead times the author can choose from, longest first. */
export const REMINDER_LEADS: readonly ReminderLead[] = [
  { minutes: 2880, label: "2 days before" },
  { minutes: 1440, label: "1 day before" },
  { minutes: 120, label: "2 hours before" },
  { minutes: 30, label: "30 minutes before" },
];

export const DEFAULT_REMINDER_LEAD_MINUTES = "2880,120";

/** The minutes in a stored list, longest first; anything unreadable is left out. */
export function parseLeadMinutes(stored: string): number[] {
  const minutes = stored
    .split(",")
    .map((part) => Number(part.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  return [...new Set(minutes)].sort((a, b) => b - a);
}

/** The stored form of a set of lead times: unique, longest first. */
export function formatLeadMinutes(minutes: readonly number[]): string {
  return [...new Set(minutes)].sort((a, b) => b - a).join(",");
}
