const DAY_MS = 86_400_000;

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;

/** How long an ask has been open, in the words a person would use: "today", "9 days", "5 weeks", "4 months". */
export function askAge(firstAskedAt: Date, now: Date): string {
  const days = Math.floor((now.getTime() - firstAskedAt.getTime()) / DAY_MS);
  if (days < 1) return "today";
  if (days < 14) return plural(days, "day");
  if (days < 63) return plural(Math.floor(days / 7), "week");
  return plural(Math.floor(days / 30.44), "month");
}
