// Completes the one-time setup form the way a person fills it in.
import { expect, type Locator, type Page } from "@playwright/test";

export type SetupValues = {
  name: string;
  timeZone: string;
  bossName: string;
  bossEmail: string;
  skipName: string;
  skipEmail: string;
  /** As shown in the "Every" list, e.g. "2 weeks". */
  every: string;
  /** As shown in the "Due on" list, e.g. "Friday". */
  weekday: string;
  /** HH:MM */
  dueTime: string;
  /** YYYY-MM-DD */
  firstDueDate: string;
};

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The first date at least `minDaysAhead` days from today that falls on `weekday`, as YYYY-MM-DD. */
export function nextWeekday(weekday: string, minDaysAhead = 3): string {
  const target = WEEKDAYS.indexOf(weekday);
  if (target < 0) throw new Error(`Unknown weekday "${weekday}"`);
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + minDaysAhead);
  while (date.getUTCDay() !== target) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Sets a field whether the page offers a list to pick from (by value or label) or a box to type in. */
export async function choose(field: Locator, value: string): Promise<void> {
  const tag = await field.evaluate((element) => element.tagName);
  if (tag === "SELECT") await field.selectOption(value);
  else await field.fill(value);
}

export async function fillSetupForm(page: Page, values: SetupValues): Promise<void> {
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await field("Your name").fill(values.name);
  await choose(field("Time zone"), values.timeZone);
  await field("Boss's name").fill(values.bossName);
  await field("Boss's email").fill(values.bossEmail);
  await field("Skip-level's name").fill(values.skipName);
  await field("Skip-level's email").fill(values.skipEmail);
  await choose(field("Every"), values.every);
  await choose(field("Due on"), values.weekday);
  await field("Due time").fill(values.dueTime);
  await field("First due date").fill(values.firstDueDate);
}

/** Fills /setup and saves it; the app then shows the goals page. */
export async function completeSetup(page: Page, values: SetupValues): Promise<void> {
  if (!page.url().includes("/setup")) await page.goto("/setup");
  await expect(page.getByRole("heading", { name: "Set up your updates" })).toBeVisible();
  await fillSetupForm(page, values);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/goals$/);
  await expect(page.getByRole("heading", { name: "Your goals" })).toBeVisible();
}
