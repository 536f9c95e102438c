import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { expectSaved, partContent, typeIntoPart } from "./support/editor";
import { emailBody } from "./support/envelope";
import { addGoal, closeGoal } from "./support/goals";
import { latestMessageFile, waitForMessage } from "./support/mail";
import { signUpAndSetUp } from "./support/people";

const anythingElse = (page: Page) => page.locator("[data-anything-else] [data-part-content]");
const sectionTitles = (page: Page) => page.getByRole("textbox", { name: "Update text" }).getByRole("heading", { level: 2 });

async function openDraft(page: Page): Promise<void> {
  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
}

/** Waits until the update on this history page has left. */
async function expectSent(page: Page): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("main")).toContainText(/Sent \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

test("\"Anything else\" follows the goals and reaches the boss only when written in", async ({ page }) => {
  const person = await signUpAndSetUp(page, "Hedy Lamarr");
  await addGoal(page, { title: "Harden the radio link", why: "Jamming ends the demo." });
  await openDraft(page);

  await expect(sectionTitles(page)).toHaveText(["Harden the radio link", "Anything else"]);
  await expect(anythingElse(page)).toHaveText("");
  await typeIntoPart(page, "Harden the radio link", "progress", "Frequency hopping works at 88 channels.");
  await anythingElse(page).click();
  await page.keyboard.type("I am out on the 4th for the patent hearing.");
  await expectSaved(page);
  await page.reload();
  await expect(anythingElse(page)).toHaveText("I am out on the 4th for the patent hearing.");

  await page.getByRole("button", { name: "Preview and send" }).click();
  await expect(emailBody(page)).toContainText("Anything else");
  await expect(emailBody(page)).toContainText("I am out on the 4th for the patent hearing.");
  const before = latestMessageFile();
  await page.getByRole("button", { name: "Send now" }).click();
  const { mail } = await waitForMessage({ to: person.boss.email, after: before });
  expect(mail.text).toContain("Anything else\n=============\n\nI am out on the 4th for the patent hearing.\n");
  expect(mail.html).toContain("I am out on the 4th for the patent hearing.");
});

test("a goal added mid-cycle joins the draft with one action, and a goal closed mid-cycle keeps its section", async ({ page }) => {
  test.slow();
  await signUpAndSetUp(page, "Radia Perlman");
  await addGoal(page, { title: "Ship the spanning tree", why: "Loops take the office down." });
  await addGoal(page, { title: "Write the routing book", why: "Teach what we learned." });
  await openDraft(page);
  const draftUrl = page.url();
  await typeIntoPart(page, "Write the routing book", "doing", "Chapter three is drafted.");
  await typeIntoPart(page, "Ship the spanning tree", "doing", "Rolled out to two floors.");
  await expectSaved(page);

  await page.getByRole("navigation").getByRole("link", { name: "Goals" }).click();
  await addGoal(page, { title: "Mentor two new hires", why: "They start in December." });
  await closeGoal(page, "Write the routing book", "Dropped", "The publisher folded.");
  await openDraft(page);
  expect(page.url()).toBe(draftUrl);

  const notice = page.getByRole("region", { name: "Goals not in this update" });
  await test.step("only the new goal is offered; the closed goal's section and words stay", async () => {
    await expect(notice.getByRole("listitem")).toHaveText([/Mentor two new hires/]);
    await expect(sectionTitles(page)).toHaveText(["Ship the spanning tree", "Write the routing book", "Anything else"]);
    await expect(partContent(page, "Write the routing book", "doing")).toHaveText("Chapter three is drafted.");
    await expectAccessible(page, "editor offering a new goal");
  });

  await test.step("one action adds its empty section after the goals, and the caret is in it", async () => {
    await notice.getByRole("button", { name: "Add its section: Mentor two new hires" }).click();
    await expect(notice).toBeHidden();
    await expect(sectionTitles(page)).toHaveText(["Ship the spanning tree", "Write the routing book", "Mentor two new hires", "Anything else"]);
    for (const kind of ["doing", "help", "progress"] as const) await expect(partContent(page, "Mentor two new hires", kind)).toHaveText("");
    await page.keyboard.type("Pairing on the first tickets.");
    await expect(partContent(page, "Mentor two new hires", "doing")).toHaveText("Pairing on the first tickets.");
    await expectSaved(page);
  });

  await test.step("after a reload every section and word is there", async () => {
    await page.reload();
    await expect(sectionTitles(page)).toHaveText(["Ship the spanning tree", "Write the routing book", "Mentor two new hires", "Anything else"]);
    await expect(partContent(page, "Ship the spanning tree", "doing")).toHaveText("Rolled out to two floors.");
    await expect(partContent(page, "Write the routing book", "doing")).toHaveText("Chapter three is drafted.");
    await expect(partContent(page, "Mentor two new hires", "doing")).toHaveText("Pairing on the first tickets.");
    await expect(notice).toBeHidden();
  });
});

test("the keyboard shortcuts are listed in a help popover, opened by button or by keyboard", async ({ page }) => {
  await signUpAndSetUp(page, "Douglas Engelbart");
  await addGoal(page, { title: "Demo the mouse", why: "Show, don't tell." });
  await openDraft(page);
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });

  await typeIntoPart(page, "Demo the mouse", "doing", "Rehearsing.");
  await page.keyboard.press("Control+/");
  await expect(help).toBeVisible();
  for (const row of ["Bold", "Italic", "Inline code", "Link", "Bulleted list", "Numbered list", "Quote", "Code block", "Undo", "Redo"]) {
    await expect(help.getByRole("term").filter({ hasText: new RegExp(`^${row}$`) })).toBeVisible();
  }
  await expect(help.getByRole("definition").first()).toContainText("Ctrl+B");
  await expectAccessible(page, "keyboard shortcuts");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await page.keyboard.type(" Still here.");
  await expect(partContent(page, "Demo the mouse", "doing")).toHaveText("Rehearsing. Still here.");

  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(help).toBeVisible();
  await help.getByRole("button", { name: "Close" }).click();
  await expect(help).toBeHidden();
});

test("asks from last time are beside the editor with their age, and none is copied in", async ({ page }) => {
  test.slow();
  await signUpAndSetUp(page, "Margaret Hamilton");
  await addGoal(page, { title: "Land the guidance software", why: "The crew depends on it." });
  await openDraft(page);
  await typeIntoPart(page, "Land the guidance software", "help", "A second reviewer for the restart logic");
  await expectSaved(page);
  await page.getByRole("button", { name: "Preview and send" }).click();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);
  await expectSent(page);

  await openDraft(page);
  const asks = page.getByRole("complementary", { name: "Your open asks" });
  await expect(asks.getByRole("heading", { name: "Open asks (1)" })).toBeVisible();
  await expect(asks.getByRole("listitem")).toHaveCount(1);
  const ask = asks.getByRole("listitem").first();
  await expect(ask).toContainText("Land the guidance software");
  await expect(ask).toContainText("A second reviewer for the restart logic");
  await expect(ask).toContainText(/Open today: first asked \d{1,2} \w{3} \d{4}/);
  await expect(partContent(page, "Land the guidance software", "help")).toHaveText("");
  await expect(asks.getByRole("button")).toHaveCount(0);
});

test("the toolbar's Undo and Redo are available exactly when there is something to undo or redo", async ({ page }) => {
  await signUpAndSetUp(page, "Barbara Liskov");
  await addGoal(page, { title: "Ship the substitution checker", why: "Subtypes break callers." });
  await openDraft(page);
  const toolbar = page.getByRole("toolbar", { name: "Formatting" });
  const undo = toolbar.getByRole("button", { name: "Undo" });
  const redo = toolbar.getByRole("button", { name: "Redo" });
  const progress = partContent(page, "Ship the substitution checker", "progress");

  await progress.click();
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();
  // One input, so one step to undo.
  await page.keyboard.insertText("Checks pass on the core library.");
  await expect(undo).toBeEnabled();
  await expect(redo).toBeDisabled();

  await undo.click();
  await expect(progress).toHaveText("");
  await expect(redo).toBeEnabled();
  await redo.click();
  await expect(progress).toHaveText("Checks pass on the core library.");
  await expect(redo).toBeDisabled();
});
