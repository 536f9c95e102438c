// Adding goals through the form on /goals.
import { expect, type Locator, type Page } from "@playwright/test";

export type GoalValues = { title: string; why: string; targetDate?: string };

export async function addGoal(page: Page, goal: GoalValues): Promise<void> {
  await page.getByLabel("Goal title", { exact: true }).fill(goal.title);
  await page.getByLabel("Why it matters and how you'll measure it", { exact: true }).fill(goal.why);
  if (goal.targetDate) await page.getByLabel("Target date", { exact: true }).fill(goal.targetDate);
  await page.getByRole("button", { name: "Add goal" }).click();
  await expect(page.getByRole("heading", { name: goal.title })).toBeVisible();
  await expect(page.getByLabel("Goal title", { exact: true })).toHaveValue("");
}

/** The goals still on the list, in the order their sections appear in an update. */
export function activeGoals(page: Page): Locator {
  return page.getByRole("list", { name: "Active goals" }).locator(":scope > li");
}

/** Every active goal names its owner, as the boss will read it. */
export async function expectOwnerShown(page: Page, ownerName: string, goalCount: number): Promise<void> {
  await expect(activeGoals(page)).toHaveCount(goalCount);
  for (const goal of await activeGoals(page).all()) {
    await expect(goal.getByRole("term").filter({ hasText: "Owner:" })).toBeVisible();
    await expect(goal.getByRole("definition").filter({ hasText: ownerName })).toBeVisible();
  }
}

/** Closes a goal from its edit page with an outcome and a reason, then returns to the goal list. */
export async function closeGoal(page: Page, title: string, outcome: "Done" | "Dropped", reason: string): Promise<void> {
  await page.getByRole("link", { name: `Edit ${title}` }).click();
  await expect(page.getByRole("heading", { name: "Edit goal" })).toBeVisible();
  await page.getByRole("radio", { name: new RegExp(`^${outcome}\\b`) }).check();
  await page.getByLabel("Reason", { exact: true }).fill(reason);
  await page.getByRole("button", { name: "Close goal" }).click();
  await page.getByRole("navigation").getByRole("link", { name: "Goals" }).click();
  await expect(page.getByRole("heading", { name: "Your goals" })).toBeVisible();
}
