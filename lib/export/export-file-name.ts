/** "biweekly-history-2026-11-21.md": what the file is and the day, in the author's zone, it speaks of. */
export function exportFileName(what: string, day: Date, timeZone: string, extension: "md" | "json"): string {
  const date = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(day);
  return `biweekly-${what}-${date}.${extension}`;
}
