// Writing in the update editor: one section per goal, three parts per section.
import { expect, type Locator, type Page } from "@playwright/test";

export type PartKind = "doing" | "help" | "progress";

export const PART_KINDS: PartKind[] = ["doing", "help", "progress"];

/** The editable area of one part ("doing", "help" or "progress") of one goal's section. */
export function partContent(page: Page, goalTitle: string, kind: PartKind): Locator {
  return page
    .locator("[data-goal-section]")
    .filter({ has: page.getByRole("heading", { name: goalTitle, exact: true }) })
    .locator(`[data-goal-part="${kind}"] [data-part-content]`);
}

/** Types at the end of a part, as a person would after clicking into it. */
export async function typeIntoPart(page: Page, goalTitle: string, kind: PartKind, text: string): Promise<void> {
  const part = partContent(page, goalTitle, kind);
  await part.click();
  await page.keyboard.press("End");
  await page.keyboard.type(text);
  await expect(part).toContainText(text);
}

/** Waits until the save indicator says everything typed is stored. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole("status").filter({ hasText: /saved/i })).toHaveText(/^\s*Saved\b/, { timeout: 15_000 });
}
