import "server-only";
import { db } from "@/lib/db/client";
import { startOfLocalDay } from "./pause-until";
import type { SettingsInput, SetupInput } from "./setup-input";

export type SaveSetupOptions = { userId: string; input: SetupInput | SettingsInput; now: Date };

/**
 * Saves who the author is, who reads their update and when it is due. A changed schedule applies
 * to cycles not yet written: an existing update keeps the due instant it was created with.
 * Reminders and pausing are only changed by Settings; the first run keeps their defaults.
 */
export async function saveSetup({ userId, input, now }: SaveSetupOptions): Promise<void> {
  const recipients = {
    bossName: input.bossName,
    bossEmail: input.bossEmail,
    skipName: input.skipName,
    skipEmail: input.skipEmail,
  };
  const schedule = {
    intervalWeeks: input.intervalWeeks,
    weekday: input.weekday,
    localTime: input.localTime,
    firstDueDate: input.firstDueDate,
    ...reminderSettings(input),
  };
  await db.$transaction(async (tx) => {
    const { setupCompletedAt } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { setupCompletedAt: true } });
    await tx.user.update({
      where: { id: userId },
      data: { name: input.name, timeZone: input.timeZone, setupCompletedAt: setupCompletedAt ?? now },
    });
    await tx.recipients.upsert({ where: { userId }, create: { userId, ...recipients }, update: recipients });
    await tx.schedule.upsert({ where: { userId }, create: { userId, ...schedule }, update: schedule });
  });
}

/** The pause date becomes the start of that day in the zone saved with it. */
function reminderSettings(input: SetupInput | SettingsInput) {
  if (!("reminderLeadMinutes" in input)) return {};
  return {
    reminderLeadMinutes: input.reminderLeadMinutes,
    pausedUntil: input.pausedUntil ? startOfLocalDay(input.pausedUntil, input.timeZone) : null,
  };
}
