import { describe, expect, it } from "vitest";
import { settingsInput, setupInput } from "./setup-input";

const form = {
  name: "Ada Lovelace",
  timeZone: "Europe/Berlin",
  bossName: "Grace Hopper",
  bossEmail: "grace@example.test",
  skipName: "Katherine Johnson",
  skipEmail: "katherine@example.test",
  intervalWeeks: "2",
  weekday: "5",
  localTime: "16:00",
  firstDueDate: "2026-11-27",
};

function fieldError(result: ReturnType<typeof settingsInput.safeParse>, field: string): string | undefined {
  return result.success ? undefined : result.error.issues.find((issue) => issue.path[0] === field)?.message;
}

describe("settings", () => {
  it("keeps the chosen reminders longest first, and an empty pause date clears the pause", () => {
    const result = settingsInput.parse({ ...form, reminderLeadMinutes: "30,2880,120", pausedUntil: "" });
    expect(result.reminderLeadMinutes).toBe("2880,120,30");
    expect(result.pausedUntil).toBeNull();
  });

  it("allows no reminders at all", () => {
    expect(settingsInput.parse({ ...form, reminderLeadMinutes: "", pausedUntil: "" }).reminderLeadMinutes).toBe("");
  });

  it("keeps a pause date", () => {
    expect(settingsInput.parse({ ...form, reminderLeadMinutes: "120", pausedUntil: "2026-12-24" }).pausedUntil).toBe("2026-12-24");
  });

  it("explains a reminder time that is not offered and a date that does not exist, beside their fields", () => {
    const result = settingsInput.safeParse({ ...form, reminderLeadMinutes: "2880,7", pausedUntil: "2026-02-30" });
    expect(fieldError(result, "reminderLeadMinutes")).toBe("Pick reminder times from the list.");
    expect(fieldError(result, "pausedUntil")).toBe("Pick a date, or leave it empty.");
  });

  it("still checks that the first due date falls on the chosen weekday", () => {
    const result = settingsInput.safeParse({ ...form, firstDueDate: "2026-11-26", reminderLeadMinutes: "", pausedUntil: "" });
    expect(fieldError(result, "firstDueDate")).toMatch(/not a Friday/);
  });
});

describe("first-run setup", () => {
  it("does not ask about reminders or pausing", () => {
    const result = setupInput.parse(form);
    expect(result).not.toHaveProperty("reminderLeadMinutes");
    expect(result).not.toHaveProperty("pausedUntil");
  });
});
