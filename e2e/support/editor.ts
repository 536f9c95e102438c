// Writing in the update editor: one section per goal, three parts per section.
// The page first shows the draft as the server rendered it; the editor loads when the author first
// clicks, taps, focuses or types in it, and takes over what they did meanwhile. These helpers go
// through that path exactly as a person does: click a part and type, whether or not it has started.
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

/** The update's text box once the editor runs (before that, the draft has the same name and role). */
export function startedEditor(page: Page): Locator {
  return page.locator(".ProseMirror").and(page.getByRole("textbox", { name: "Update text" }));
}

/** The server-rendered draft shown until the editor starts. */
export function draftBeforeEditor(page: Page): Locator {
  return page.locator("[data-update-draft]");
}

/**
 * Starts the editor the way a keyboard reaches it, by focusing the draft, and waits until it runs.
 * For checks of what only the running editor shows (the aids, the status choice) before typing.
 */
export async function startEditor(page: Page): Promise<void> {
  await expect(page.getByRole("textbox", { name: "Update text" })).toBeVisible();
  await page.evaluate(() => document.querySelector<HTMLElement>("[data-update-draft]")?.focus());
  await expect(startedEditor(page)).toBeVisible();
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
