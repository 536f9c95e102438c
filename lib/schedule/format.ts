// Dates as the author reads them: always in their own zone.

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions, locale = "en-GB"): Intl.DateTimeFormat {
  const key = locale + timeZone + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    cache.set(key, format);
  }
  return format;
}

/** "27 Nov 2026" */
export function formatDate(date: Date, timeZone: string): string {
  return dayParts(date, timeZone, false);
}

/** "Fri 27 Nov 2026" */
export function formatDayDate(date: Date, timeZone: string): string {
  return dayParts(date, timeZone, true);
}

// Assembled from parts so every date reads the same on every runtime ("Sep", not "Sept"; no commas).
function dayParts(date: Date, timeZone: string, withWeekday: boolean): string {
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
  const parts = formatter(timeZone, withWeekday ? { ...options, weekday: "short" } : options, "en-US").formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const day = `${part("day")} ${part("month")} ${part("year")}`;
  return withWeekday ? `${part("weekday")} ${day}` : day;
}

/** "Fri 27 Nov 2026, 16:00" */
export function formatDateTime(date: Date, timeZone: string): string {
  const day = formatDayDate(date, timeZone);
  const time = formatter(timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
  return `${day}, ${time}`;
}

/** A "YYYY-MM-DD" calendar date reads the same in every zone: "Fri 27 Nov 2026". */
export function formatPlainDate(date: string): string {
  return formatDayDate(new Date(`${date}T12:00:00Z`), "UTC");
}
