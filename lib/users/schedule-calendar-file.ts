import "server-only";
import { db } from "@/lib/db/client";
import { scheduleCalendar } from "@/lib/schedule/ics";

export type ScheduleCalendarFileOptions = { userId: string; now: Date; appUrl: string };

/** The author's writing time as an iCalendar file, or null before they have a schedule. */
export async function scheduleCalendarFile({ userId, now, appUrl }: ScheduleCalendarFileOptions): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true, schedule: true } });
  if (!user?.schedule) return null;
  const { schedule, timeZone } = user;
  const writeUrl = `${appUrl}/write`;
  return scheduleCalendar({
    rule: { intervalWeeks: schedule.intervalWeeks, localTime: schedule.localTime, firstDueDate: schedule.firstDueDate, timeZone },
    weekday: schedule.weekday,
    // The same UID on every download, so importing the file again updates the series in place.
    uid: `schedule-${userId}@${new URL(appUrl).host}`,
    now,
    summary: "Write your biweekly update",
    description: `Your update is due at ${schedule.localTime} (${timeZone}). Write it here: ${writeUrl}`,
    url: writeUrl,
  });
}
