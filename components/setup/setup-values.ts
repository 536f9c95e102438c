import { pauseDate } from "@/lib/users/pause-until";
import { DEFAULT_REMINDER_LEAD_MINUTES } from "@/lib/users/reminder-leads";
import type { SetupValues } from "./setup-form";

type StoredSetup = {
  name: string | null;
  timeZone: string;
  recipients: { bossName: string; bossEmail: string; skipName: string; skipEmail: string } | null;
  schedule: {
    intervalWeeks: number;
    weekday: number;
    localTime: string;
    firstDueDate: string;
    reminderLeadMinutes: string;
    pausedUntil: Date | null;
  } | null;
};

/** The form's starting values: what is stored, or sensible defaults for a first run. */
export function setupValues(setup: StoredSetup, defaultFirstDueDate: string): SetupValues {
  return {
    name: setup.name ?? "",
    timeZone: setup.timeZone,
    bossName: setup.recipients?.bossName ?? "",
    bossEmail: setup.recipients?.bossEmail ?? "",
    skipName: setup.recipients?.skipName ?? "",
    skipEmail: setup.recipients?.skipEmail ?? "",
    intervalWeeks: String(setup.schedule?.intervalWeeks ?? 2),
    weekday: String(setup.schedule?.weekday ?? 5),
    localTime: setup.schedule?.localTime ?? "16:00",
    firstDueDate: setup.schedule?.firstDueDate ?? defaultFirstDueDate,
    pausedUntil: setup.schedule?.pausedUntil ? pauseDate(setup.schedule.pausedUntil, setup.timeZone) : "",
    reminderLeadMinutes: setup.schedule?.reminderLeadMinutes ?? DEFAULT_REMINDER_LEAD_MINUTES,
  };
}
