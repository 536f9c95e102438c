import { getCurrentUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { serverConfig } from "@/lib/config/server-config";
import { scheduleCalendarFile } from "@/lib/users/schedule-calendar-file";

export const dynamic = "force-dynamic";

function reply(status: number, message: string) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** The signed-in author's schedule as a calendar file: an hour to write before each due time. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return reply(401, "Sign in to download your calendar.");
  const calendar = await scheduleCalendarFile({ userId: user.id, now: now(), appUrl: serverConfig().appUrl });
  if (calendar === null) return reply(404, "Set up your schedule first.");
  return new Response(calendar, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="biweekly.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
