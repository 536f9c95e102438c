import { expect, test } from "@playwright/test";
import { expectSaved, partContent, startEditor, typeIntoPart } from "./support/editor";
import { sendFirstUpdate, signUpAndSetUp } from "./support/people";

test("writing aids highlight \u201cwe\u201d, mark empty and repeated parts and count words, but never write a word", async ({ page }) => {
  test.slow();
  await signUpAndSetUp(page, "Mary Jackson");
  const first = await sendFirstUpdate(page, "Port the trajectory code");
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("main")).toContainText(/Sent /, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  const goal = "Port the trajectory code";
  // The aids are the running editor's: they show once the author reaches for the draft.
  await startEditor(page);
  const doing = partContent(page, goal, "doing");
  const doingPart = page.locator('[data-goal-part="doing"]').first();
  await expect(doingPart).toHaveAttribute("data-aid-empty", "");
  await expect(doingPart).toContainText("Empty");
  await expect(doingPart).toContainText("0 words");

  await typeIntoPart(page, goal, "help", "We shipped it");
  const mark = page.locator("[data-we-statement]");
  await expect(mark).toHaveText("We");
  await expect(mark).toHaveAttribute("title", "Say what your part was");
  await expect(page.getByText("“we” — say what your part was")).toBeVisible();
  await expect(page.locator('[data-goal-part="help"]').first()).toContainText("3 words");
  await expect(page.getByText("3 words in total")).toBeVisible();

  await typeIntoPart(page, goal, "doing", first.sentence.replace("Working", "Still working"));
  await expect(doingPart).toContainText("Almost the same as last time");
  await expect(doingPart).not.toHaveAttribute("data-aid-empty", "");
  await expectSaved(page);

  await page.getByRole("button", { name: "Writing aids" }).click();
  await page.getByRole("checkbox", { name: "Highlight “we”" }).uncheck();
  await page.getByRole("checkbox", { name: "Flag text like last time" }).uncheck();
  await expect(mark).toHaveCount(0);
  await expect(doingPart).not.toContainText("Almost the same");
  await page.reload();
  await expect(partContent(page, goal, "help")).toHaveText("We shipped it");
  await expect(page.locator("[data-we-statement]")).toHaveCount(0);
  await expect(doing).toHaveText(first.sentence.replace("Working", "Still working"));

  await page.getByRole("button", { name: "Preview and send" }).click();
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main).toContainText("We shipped it");
  for (const aid of ["words", "Empty", "Almost the same", "Say what your part was", "Highlighted"]) {
    await expect(main).not.toContainText(aid);
  }
});
