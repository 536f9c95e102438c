import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { saveSetup } from "./save-setup";
import { settingsInput, setupInput } from "./setup-input";

const form = {
  name: "Ada Lovelace",
  timeZone: "America/New_York",
  bossName: "Grace Hopper",
  bossEmail: "grace@example.test",
  skipName: "Katherine Johnson",
  skipEmail: "katherine@example.test",
  intervalWeeks: "2",
  weekday: "5",
  localTime: "16:00",
  firstDueDate: "2026-11-27",
};
const NOW = new Date("2026-11-20T09:00:00Z");

async function newAuthor(): Promise<string> {
  const user = await db.user.create({ data: { email: `ada+${crypto.randomUUID()}@example.test` } });
  return user.id;
}

const schedule = (userId: string) => db.schedule.findUniqueOrThrow({ where: { userId } });

describe("saving setup and settings", () => {
  it("gives a new author the default reminders, 2 days and 2 hours before, and no pause", async () => {
    const userId = await newAuthor();
    await saveSetup({ userId, input: setupInput.parse(form), now: NOW });
    expect(await schedule(userId)).toMatchObject({ reminderLeadMinutes: "2880,120", pausedUntil: null });
  });

  it("stores the pause as midnight of that day in the author's zone, and an empty date lifts it", async () => {
    const userId = await newAuthor();
    await saveSetup({ userId, input: setupInput.parse(form), now: NOW });
    await saveSetup({ userId, input: settingsInput.parse({ ...form, reminderLeadMinutes: "30", pausedUntil: "2026-12-24" }), now: NOW });
    expect(await schedule(userId)).toMatchObject({
      reminderLeadMinutes: "30",
      pausedUntil: new Date("2026-12-24T05:00:00Z"),
    });

    await saveSetup({ userId, input: settingsInput.parse({ ...form, reminderLeadMinutes: "", pausedUntil: "" }), now: NOW });
    expect(await schedule(userId)).toMatchObject({ reminderLeadMinutes: "", pausedUntil: null });
  });

  it("keeps chosen reminders when the first-run form is saved again", async () => {
    const userId = await newAuthor();
    await saveSetup({ userId, input: setupInput.parse(form), now: NOW });
    await saveSetup({ userId, input: settingsInput.parse({ ...form, reminderLeadMinutes: "1440", pausedUntil: "" }), now: NOW });
    await saveSetup({ userId, input: setupInput.parse({ ...form, localTime: "10:00" }), now: NOW });
    expect(await schedule(userId)).toMatchObject({ localTime: "10:00", reminderLeadMinutes: "1440" });
  });
});
