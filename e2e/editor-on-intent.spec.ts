// The editor loads when the author first reaches for the draft, and nothing they do meanwhile is lost.
import { expect, test, type Page, type Response } from "@playwright/test";
import { draftBeforeEditor, expectSaved, partContent, startedEditor, typeIntoPart } from "./support/editor";
import { addGoal } from "./support/goals";
import { signUpAndSetUp } from "./support/people";

const RADIO = "Harden the radio link";
const MAPS = "Redraw the coverage maps";

/** A signed-in author with two goals and a few saved words in the first goal's help part; on the update. */
async function authorWithDraft(page: Page, name: string): Promise<string> {
  await signUpAndSetUp(page, name);
  await addGoal(page, { title: RADIO, why: "Calls drop in the tunnel." });
  await addGoal(page, { title: MAPS, why: "Sales quote the old ones." });
  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  await typeIntoPart(page, RADIO, "help", "alpha omega");
  await typeIntoPart(page, MAPS, "doing", "Surveyed the north.");
  await expectSaved(page);
  return page.url();
}

/** Every script the page loads, with its text. */
function scriptsOf(page: Page): Promise<string>[] {
  const bodies: Promise<string>[] = [];
  page.on("response", (response: Response) => {
    if (response.request().resourceType() === "script") bodies.push(response.text().catch(() => ""));
  });
  return bodies;
}

const editorCodeLoaded = async (bodies: Promise<string>[]) => (await Promise.all(bodies)).some((body) => body.includes("ProseMirror"));

/** Clicks in a part's text right after `before`, as a person puts the caret between two words. */
async function clickAfter(page: Page, goal: string, before: string): Promise<void> {
  const part = partContent(page, goal, "help");
  const point = await part.evaluate((element, text) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + text.length);
      range.collapse(true);
      const box = range.getBoundingClientRect();
      return { x: box.left + 1, y: box.top + box.height / 2 };
    }
    return null;
  }, before);
  if (!point) throw new Error(`"${before}" is not in ${goal}`);
  await page.mouse.click(point.x, point.y);
}

test("the draft shows at once with its toolbar, and the editor's code loads only when the author reaches for it", async ({ page }) => {
  test.slow();
  const url = await authorWithDraft(page, "Hedy Lamarr");
  const bodies = scriptsOf(page);
  await page.goto(url, { waitUntil: "networkidle" });

  const draft = page.getByRole("textbox", { name: "Update text" });
  await expect(draft).toContainText("alpha omega");
  await expect(draft).toHaveAccessibleDescription(/start typing/i);
  await expect(page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Bold" })).toBeDisabled();
  await expect(page.getByText("5 words in total")).toBeVisible();
  expect(await editorCodeLoaded(bodies), "no editor code before the author reaches for the draft").toBe(false);

  // Where the words sit on the page (not in the window, which may scroll to keep the caret clear of its edge).
  const onPage = () => partContent(page, MAPS, "doing").evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  const mapsBefore = await onPage();
  await partContent(page, MAPS, "doing").click();
  await expect(startedEditor(page)).toBeVisible();
  await expect(draftBeforeEditor(page)).toHaveCount(0);
  expect(await editorCodeLoaded(bodies)).toBe(true);
  await expect(page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Bold" })).toBeEnabled();
  // The words stay where they were: the editor takes the draft's place without moving it.
  expect(Math.abs((await onPage()) - mapsBefore)).toBeLessThanOrEqual(1);
});

test("what the author types while the editor loads lands where they clicked, in order, and is saved", async ({ page }) => {
  test.slow();
  const url = await authorWithDraft(page, "Radia Perlman");
  // The editor's code is held back until every key has been pressed: all of it lands before the editor exists.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let holding = false;
  await page.route("**/_next/static/chunks/**", async (route) => {
    if (holding) await released;
    await route.continue();
  });
  await page.goto(url, { waitUntil: "networkidle" });
  holding = true;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

  await clickAfter(page, RADIO, "alpha ");
  await page.keyboard.type("betx");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("a");
  await page.keyboard.press("Enter");
  await page.keyboard.type("gamma ");
  await page.keyboard.press("Control+b");
  await page.keyboard.type("bold");
  await page.keyboard.press("Control+b");
  await page.keyboard.type(" plain ");
  // Text from an input method or a phone's keyboard arrives without key presses.
  await page.keyboard.insertText("déjà ");
  await expect(draftBeforeEditor(page)).toBeVisible();
  release();

  const help = partContent(page, RADIO, "help");
  await expect(startedEditor(page)).toBeFocused();
  await expect(help.locator("p")).toHaveText(["alpha beta", "gamma bold plain déjà omega"]);
  await expect(help.locator("strong")).toHaveText("bold");
  // Typing goes on where it left off.
  await page.keyboard.type("and on");
  await expect(help.locator("p").nth(1)).toHaveText("gamma bold plain déjà and onomega");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await expectSaved(page);

  await page.reload();
  await expect(partContent(page, RADIO, "help").locator("p")).toHaveText(["alpha beta", "gamma bold plain déjà and onomega"]);
  await expect(partContent(page, RADIO, "help").locator("strong")).toHaveText("bold");
});

test("typing straight after the page opens, on a slow CPU, keeps every character in order", async ({ page }) => {
  test.slow();
  const url = await authorWithDraft(page, "Lynn Conway");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
  await page.goto(url);
  const sentence = "Moved the 4 relays, re-tested at 88 channels; no drops (yet) in the north tunnel!";
  await typeIntoPart(page, MAPS, "doing", ` ${sentence}`);
  await expect(partContent(page, MAPS, "doing")).toHaveText(`Surveyed the north. ${sentence}`);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await expectSaved(page);
  await page.reload();
  await expect(partContent(page, MAPS, "doing")).toHaveText(`Surveyed the north. ${sentence}`);
});

test("a keyboard reaches the draft with Tab, and Enter or typing starts the editor", async ({ page }) => {
  test.slow();
  const url = await authorWithDraft(page, "Mary Kenneth Keller");
  await page.goto(url);
  const draft = page.getByRole("textbox", { name: "Update text" });
  await expect(draft).toBeVisible();
  for (let presses = 0; presses < 60 && !(await draft.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press("Tab");
  }
  await expect(draft).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.type("Typed from the keyboard alone.");
  await expect(startedEditor(page)).toBeFocused();
  await expect(partContent(page, RADIO, "doing")).toHaveText("Typed from the keyboard alone.");
  await expectSaved(page);
  await page.reload();
  await expect(partContent(page, RADIO, "doing")).toHaveText("Typed from the keyboard alone.");
  await expect(partContent(page, RADIO, "help")).toHaveText("alpha omega");
});

test("back on the update within the same visit, with the editor's code already loaded, a click and typing land at once", async ({ page }) => {
  test.slow();
  await authorWithDraft(page, "Frances Allen");
  await page.getByRole("navigation").getByRole("link", { name: "Home" }).click();
  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  await typeIntoPart(page, RADIO, "progress", "Tunnel calls hold for ten minutes.");
  await expectSaved(page);
  await page.reload();
  await expect(partContent(page, RADIO, "progress")).toHaveText("Tunnel calls hold for ten minutes.");
});
