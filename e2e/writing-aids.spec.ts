import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { partContent, PART_KINDS } from "./support/editor";
import { addGoal } from "./support/goals";
import { sendFirstUpdate, signUpAndSetUp } from "./support/people";

/** "27 Nov 2026": today as it reads in Berlin, where the author lives. */
function todayInBerlin(): string {
  const parts = new Intl.DateTimeFormat("en-US", { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/Berlin" }).formatToParts(new Date());
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part("day")} ${part("month")} ${part("year")}`;
}

/** Waits until the update on this history page has left: only then is it "last time". */
async function expectSent(page: Page): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("main")).toContainText(/Sent \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

test("the next update shows last cycle's words beside the editor, and copies none of them into it", async ({ page }) => {
  test.slow();
  await signUpAndSetUp(page, "Dorothy Vaughan");
  const first = await sendFirstUpdate(page, "Port the trajectory code");
  await expectSent(page);

  const newGoal = "Teach the team Fortran";
  await page.goto("/goals");
  await addGoal(page, { title: newGoal, why: "Nobody is left behind by the new machine." });
  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  expect(new URL(page.url()).pathname).not.toBe(`/updates/${first.updateId}`);

  const panel = page.getByRole("complementary", { name: "Your previous update" });
  await test.step("last cycle's text is there to read, goal by goal", async () => {
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("heading", { name: `Last time (sent ${todayInBerlin()})` })).toBeVisible();
    const lastGoal = panel.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Port the trajectory code" }) });
    await expect(lastGoal.getByRole("term")).toHaveText(["What I'm doing"]);
    await expect(lastGoal.getByRole("definition")).toHaveText(first.sentence);
    const addedGoal = panel.getByRole("listitem").filter({ has: page.getByRole("heading", { name: newGoal }) });
    await expect(addedGoal).toContainText("New this cycle");
    await expect(panel.getByRole("button")).toHaveCount(0);
    await expectAccessible(page, "editor with last time's update");
  });

  await test.step("the editor starts empty: nothing was copied", async () => {
    for (const goal of ["Port the trajectory code", newGoal]) {
      for (const kind of PART_KINDS) await expect(partContent(page, goal, kind)).toHaveText("");
    }
    await expect(page.getByRole("textbox", { name: "Update text" })).not.toContainText(first.sentence);
  });

  await test.step("on a phone the panel is folded above the editor and opens on demand", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const folded = panel.locator("details");
    const summary = folded.locator("summary");
    await expect(summary).toHaveText(`Last time (sent ${todayInBerlin()})`);
    await expect(folded.getByText(first.sentence)).toBeHidden();
    const panelBox = await summary.boundingBox();
    const editorBox = await page.getByRole("textbox", { name: "Update text" }).boundingBox();
    expect(panelBox!.y).toBeLessThan(editorBox!.y);
    await summary.click();
    await expect(folded.getByText(first.sentence)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
