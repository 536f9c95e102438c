import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { expectSaved, partContent, PART_KINDS, typeIntoPart, type PartKind } from "./support/editor";
import { addGoal } from "./support/goals";
import { signUpAndSetUp } from "./support/people";

type GoalText = { title: string; parts: Record<PartKind, string> };

const LABELS: Record<PartKind, string> = { doing: "What I'm doing", help: "Where I need help", progress: "Progress" };
const CONFLICT = "This update was changed in another tab or device";

/** The line that tells the author whether their words are safe. */
function saveStatus(page: Page): Locator {
  return page.getByRole("status").filter({ hasText: /^(Saving…|Saved at .+|All changes saved|Offline — .+|Not saved: .+)$/ });
}

async function addGoals(page: Page, goals: GoalText[]): Promise<void> {
  for (const goal of goals) await addGoal(page, { title: goal.title, why: "It matters this quarter." });
}

/** Opens this cycle's update from the navigation; returns its id. */
async function openUpdate(page: Page): Promise<string> {
  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

/**
 * The update's text as the server holds it, read from the preview's plain-text version in a fresh
 * browser that shares only the sign-in: nothing kept on this device can stand in for it.
 */
async function storedText(browser: Browser, signedIn: BrowserContext, origin: string, updateId: string): Promise<string> {
  const { cookies } = await signedIn.storageState();
  const fresh = await browser.newContext({ storageState: { cookies, origins: [] } });
  try {
    const page = await fresh.newPage();
    await page.goto(`${origin}/updates/${updateId}/preview`);
    await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
    return (await page.locator("details").filter({ hasText: "Plain-text version" }).locator("pre").textContent()) ?? "";
  } finally {
    await fresh.close();
  }
}

/** Each goal has its own section of the stored text, in order, with each part's words under its label. */
function expectSections(text: string, goals: GoalText[]): void {
  const starts = goals.map((goal) => text.indexOf(`${goal.title}\n===`));
  expect(starts.every((start) => start >= 0), `every goal has a section in:\n${text}`).toBe(true);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  goals.forEach((goal, index) => {
    const section = text.slice(starts[index], starts[index + 1] ?? text.length);
    for (const kind of PART_KINDS) expect(section).toContain(`${LABELS[kind]}\n${goal.parts[kind]}`);
  });
}

test("every word typed in every part of every goal is back after a reload, and stored goal by goal", async ({ page, browser, context }) => {
  test.slow();
  const goals: GoalText[] = [
    { title: "Ship the billing page", parts: { doing: "Wiring Stripe checkout.", help: "A review of the tax rules.", progress: "Invoices render." } },
    { title: "Hire a designer", parts: { doing: "Screening portfolios.", help: "Two interviewers for Friday.", progress: "Three candidates left." } },
  ];
  await signUpAndSetUp(page, "Frances Allen");
  await addGoals(page, goals);
  const updateId = await openUpdate(page);
  await expect(saveStatus(page)).toHaveAttribute("aria-live", "polite");

  for (const goal of goals) {
    for (const kind of PART_KINDS) await typeIntoPart(page, goal.title, kind, goal.parts[kind]);
  }
  await expect(saveStatus(page)).toHaveText("Saving…");
  await expectSaved(page);

  await page.reload();
  for (const goal of goals) {
    for (const kind of PART_KINDS) await expect(partContent(page, goal.title, kind)).toHaveText(goal.parts[kind]);
  }
  expectSections(await storedText(browser, context, new URL(page.url()).origin, updateId), goals);
});

test("words typed offline are kept on the device, survive closing the tab and reach the server when back online", async ({ page, browser, context }) => {
  test.slow();
  const goal: GoalText = {
    title: "Migrate the queue",
    parts: { doing: "Draining the old brokers.", help: "Someone on call for the cut-over.", progress: "Half the topics moved." },
  };
  await signUpAndSetUp(page, "Radia Perlman");
  await addGoals(page, [goal]);
  const updateId = await openUpdate(page);
  const origin = new URL(page.url()).origin;
  await typeIntoPart(page, goal.title, "doing", goal.parts.doing);
  await expectSaved(page);

  await context.setOffline(true);
  await typeIntoPart(page, goal.title, "help", goal.parts.help);
  await typeIntoPart(page, goal.title, "progress", goal.parts.progress);
  await expect(saveStatus(page)).toHaveText("Offline — kept on this device");
  expect(await storedText(browser, context, origin, updateId)).not.toContain(goal.parts.help);
  // The browser stays open on another tab while this one is closed, still offline.
  const again = await context.newPage();
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);

  await context.setOffline(false);
  await again.goto(`${origin}/updates/${updateId}`);
  for (const kind of PART_KINDS) await expect(partContent(again, goal.title, kind)).toHaveText(goal.parts[kind]);
  await expectSaved(again);
  expectSections(await storedText(browser, context, origin, updateId), [goal]);
});

/** The conflict view's row for one part: both versions of its words, side by side. */
function comparedPart(view: Locator, name: string): Locator {
  return view.getByRole("listitem").filter({ has: view.page().getByRole("heading", { name, exact: true }) });
}

const THIS_TAB = { name: "This tab (not saved)" };
const SAVED_ELSEWHERE = { name: /^Saved at .+ \(from another tab or device\)$/ };

test("two tabs on one update: the stale save is refused, both versions are shown, and only the author's choice replaces one", async ({
  page: tabA,
  browser,
  context,
}) => {
  test.slow();
  const billing = "Ship the billing page";
  const hiring = "Hire a designer";
  await signUpAndSetUp(tabA, "Barbara Liskov");
  await addGoals(tabA, [billing, hiring].map((title) => ({ title, parts: { doing: "", help: "", progress: "" } })));
  const updateId = await openUpdate(tabA);
  const origin = new URL(tabA.url()).origin;
  const tabB = await context.newPage();
  await tabB.goto(`${origin}/updates/${updateId}`);
  await expect(partContent(tabB, billing, "doing")).toBeVisible();

  await typeIntoPart(tabA, billing, "doing", "Tab A: wiring Stripe.");
  await expectSaved(tabA);
  await typeIntoPart(tabB, billing, "doing", "Tab B: invoices first.");

  const viewB = tabB.getByRole("region", { name: CONFLICT });
  await test.step("tab B's save is refused and both versions are shown side by side", async () => {
    await expect(viewB).toBeVisible();
    await expect(saveStatus(tabB)).toHaveText("Not saved: changed elsewhere");
    await expect(viewB.getByRole("heading", { level: 3 })).toHaveText(["Ship the billing page › What I'm doing"]);
    const part = comparedPart(viewB, "Ship the billing page › What I'm doing");
    await expect(part.getByRole("group", THIS_TAB)).toContainText("Tab B: invoices first.");
    await expect(part.getByRole("group", SAVED_ELSEWHERE)).toContainText("Tab A: wiring Stripe.");
    const mine = await part.getByRole("group", THIS_TAB).boundingBox();
    const theirs = await part.getByRole("group", SAVED_ELSEWHERE).boundingBox();
    expect(theirs!.x).toBeGreaterThan(mine!.x);
    await expect(viewB.getByText("6 parts are the same in both")).toBeVisible();
    await expectAccessible(tabB, "conflict between two tabs");
    const stored = await storedText(browser, context, origin, updateId);
    expect(stored).toContain("Tab A: wiring Stripe.");
    expect(stored).not.toContain("Tab B");
  });

  await test.step("on a phone the two versions are stacked", async () => {
    await tabB.setViewportSize({ width: 375, height: 800 });
    const part = comparedPart(viewB, "Ship the billing page › What I'm doing");
    const mine = await part.getByRole("group", THIS_TAB).boundingBox();
    const theirs = await part.getByRole("group", SAVED_ELSEWHERE).boundingBox();
    expect(theirs!.y).toBeGreaterThanOrEqual(mine!.y + mine!.height);
    expect(await tabB.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  await test.step("keeping this tab's version saves it over the other one, by choice", async () => {
    await viewB.getByRole("button", { name: "Keep this tab's version" }).click();
    await expect(viewB).toBeHidden();
    await expectSaved(tabB);
    const stored = await storedText(browser, context, origin, updateId);
    expect(stored).toContain("What I'm doing\nTab B: invoices first.");
    expect(stored).not.toContain("Tab A");
  });

  const viewA = tabA.getByRole("region", { name: CONFLICT });
  await test.step("tab A is now behind: its next save is refused too", async () => {
    await typeIntoPart(tabA, hiring, "progress", "Tab A: two interviews.");
    await expect(viewA).toBeVisible();
    await expect(viewA.getByRole("heading", { level: 3 })).toHaveText([
      "Ship the billing page › What I'm doing",
      "Hire a designer › Progress",
    ]);
    const progress = comparedPart(viewA, "Hire a designer › Progress");
    await expect(progress.getByRole("group", THIS_TAB)).toContainText("Tab A: two interviews.");
    await expect(progress.getByRole("group", SAVED_ELSEWHERE)).toContainText("(empty)");
  });

  const kept = tabA.getByRole("region", { name: "Unsaved text kept on this device" });
  await test.step("using the saved version loads it, and keeps this tab's words on the device until dismissed", async () => {
    await viewA.getByRole("button", { name: "Use the saved version" }).click();
    await expect(viewA).toBeHidden();
    await expect(partContent(tabA, billing, "doing")).toHaveText("Tab B: invoices first.");
    await expect(partContent(tabA, hiring, "progress")).toHaveText("");
    await expect(saveStatus(tabA)).toHaveText(/^Saved at .+$/);
    await expect(kept).toContainText("Tab A: wiring Stripe.");
    await expect(kept).toContainText("Tab A: two interviews.");
    const stored = await storedText(browser, context, origin, updateId);
    expect(stored).toContain("Tab B: invoices first.");
    expect(stored).not.toContain("Tab A");

    await tabA.reload();
    await expect(partContent(tabA, billing, "doing")).toHaveText("Tab B: invoices first.");
    await expect(kept).toContainText("Tab A: two interviews.");
    await kept.getByRole("button", { name: "Dismiss" }).click();
    await expect(kept).toBeHidden();
    await tabA.reload();
    await expect(partContent(tabA, billing, "doing")).toHaveText("Tab B: invoices first.");
    await expect(kept).toBeHidden();
  });
});
