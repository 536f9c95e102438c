// Dates written the way the app writes them, computed here independently of the app's code.

function parts(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const all = new Intl.DateTimeFormat("en-US", { timeZone, ...options }).formatToParts(date);
  return (type: Intl.DateTimeFormatPartTypes) => all.find((p) => p.type === type)?.value ?? "";
}

/** "Tue 1 Dec 2026" for a "YYYY-MM-DD" calendar date. */
export function dayDate(isoDate: string): string {
  const part = parts(new Date(`${isoDate}T12:00:00Z`), "UTC", { weekday: "short", day: "numeric", month: "short", year: "numeric" });
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}`;
}

/** "Tue 1 Dec 2026, 09:30": an instant as it reads in `timeZone`. */
export function dateTimeLabel(date: Date, timeZone: string): string {
  const part = parts(date, timeZone, {
    weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  });
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}, ${part("hour")}:${part("minute")}`;
}
