import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { Temporal } from "temporal-polyfill";
import { expectAccessible } from "./support/a11y";
import { signIn } from "./support/auth";
import { dayDate } from "./support/dates";
import { completeSetup, nextWeekday } from "./support/setup";
import { newPerson } from "./support/users";

const ZONE = "America/New_York";
const firstDueDate = nextWeekday("Tuesday", 3);

/** Cycle k of a schedule: its local date and the instant that is at `time` on that date in ZONE. */
function dueTime(weeks: number, k: number, time: string): { label: string; instant: string } {
  const date = Temporal.PlainDate.from(firstDueDate).add({ weeks: weeks * k });
  const instant = date.toZonedDateTime({ timeZone: ZONE, plainTime: Temporal.PlainTime.from(time) }).toInstant();
  return { label: `${dayDate(date.toString())}, ${time}`, instant: new Date(instant.epochMilliseconds).toISOString() };
}

async function expectNextDue(page: Page, weeks: number): Promise<void> {
  const list = page.getByRole("list", { name: "Next due" });
  await expect(list.getByRole("listitem")).toHaveCount(5);
  for (let k = 0; k < 5; k++) {
    const expected = dueTime(weeks, k, "09:30");
    const shown = list.getByRole("listitem").nth(k).locator("time");
    await expect(shown).toHaveText(expected.label);
    await expect(shown).toHaveAttribute("datetime", expected.instant);
  }
}

/** A new author, signed in and set up: every 3 weeks on Tuesday at 09:30 in ZONE. */
async function signUpOnTuesdays(page: Page, name: string): Promise<void> {
  const person = newPerson(name);
  await signIn(page, { email: person.email });
  await completeSetup(page, {
    name: person.name,
    timeZone: ZONE,
    bossName: "Grace Hopper",
    bossEmail: newPerson("Grace Hopper").email,
    skipName: "Katherine Johnson",
    skipEmail: newPerson("Katherine Johnson").email,
    every: "3 weeks",
    weekday: "Tuesday",
    dueTime: "09:30",
    firstDueDate,
  });
}

async function saveSettings(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved")).toBeVisible();
}

test("settings show the next five due times in the author's zone and offer them as a calendar file", async ({ page, request }) => {
  await signUpOnTuesdays(page, "Barbara Liskov");
  await page.getByRole("navigation").getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Next due" })).toBeVisible();
  await expect(page.getByText("In your time zone, America/New York.")).toBeVisible();
  await expectNextDue(page, 3);
  await expectAccessible(page, "settings");

  await test.step("the calendar file repeats the writing hour in the author's zone", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Add to my calendar (.ics)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("biweekly.ics");
    const text = readFileSync((await file.path())!, "utf8");
    expect(text.replace(/\r\n/g, ""), "every line ends in CRLF").not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n");
    expect(lines).toContain("RRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=TU");
    expect(lines).toContain(`DTSTART;TZID=${ZONE}:${firstDueDate.replaceAll("-", "")}T083000`);
    expect(lines.find((line) => line.startsWith("UID:"))).toMatch(/^UID:schedule-\S+@localhost:\d+$/);
    expect(lines.find((line) => line.startsWith("DTSTAMP:"))).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);

    const response = await page.request.get("/api/schedule/calendar.ics");
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="biweekly.ics"');
  });

  await test.step("nobody else can download it", async () => {
    const signedOut = await request.get("/api/schedule/calendar.ics", { maxRedirects: 0 });
    expect(signedOut.status()).toBe(401);
  });

  await test.step("a changed interval moves the next due times", async () => {
    await page.getByLabel("Every", { exact: true }).selectOption("2 weeks");
    await saveSettings(page);
    await expectNextDue(page, 2);
  });
});

test("reminder times and a pause are kept after a reload, and an empty date lifts the pause", async ({ page }) => {
  await signUpOnTuesdays(page, "Radia Perlman");
  await page.goto("/settings");
  const reminder = (label: string) => page.getByRole("checkbox", { name: label });
  const pausedUntil = page.getByLabel("Pause until", { exact: true });
  await expect(reminder("2 days before"), "reminded 2 days before by default").toBeChecked();
  await expect(reminder("2 hours before"), "reminded 2 hours before by default").toBeChecked();
  await expect(reminder("1 day before")).not.toBeChecked();
  await expect(pausedUntil).toHaveValue("");

  const pauseDate = Temporal.PlainDate.from(firstDueDate).add({ days: 1 }).toString();
  await reminder("2 days before").uncheck();
  await reminder("30 minutes before").check();
  await pausedUntil.fill(pauseDate);
  await saveSettings(page);

  await page.reload();
  await expect(reminder("2 days before")).not.toBeChecked();
  await expect(reminder("2 hours before")).toBeChecked();
  await expect(reminder("30 minutes before")).toBeChecked();
  await expect(pausedUntil).toHaveValue(pauseDate);
  const nextDue = page.getByRole("list", { name: "Next due" }).getByRole("listitem");
  await expect(nextDue.first(), "the first due time falls in the pause").toContainText("paused: no reminders");
  await expect(nextDue.nth(1)).not.toContainText("paused");

  for (const label of ["2 hours before", "30 minutes before"]) await reminder(label).uncheck();
  await pausedUntil.fill("");
  await saveSettings(page);
  await page.reload();
  for (const label of ["2 days before", "1 day before", "2 hours before", "30 minutes before"]) {
    await expect(reminder(label)).not.toBeChecked();
  }
  await expect(pausedUntil).toHaveValue("");
  await expect(nextDue.first()).not.toContainText("paused");
});
