import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { localInstant } from "./support/clock";
import { dateTimeLabel } from "./support/dates";
import { expectSaved, typeIntoPart } from "./support/editor";
import { addGoal } from "./support/goals";
import { signUpAndSetUp } from "./support/people";
import { nextWeekday } from "./support/setup";

const GOALS = [
  "Ship the billing migration",
  "Halve the on-call pages",
  "Hire a product designer",
  "Open the Adelaide office",
  "Mentor two new engineers",
  "Write the storage RFC",
];
const ASK = "Budget sign-off for the contractor before the end of the month.";

async function goHome(page: Page): Promise<void> {
  await page.getByRole("navigation").getByRole("link", { name: "Home" }).click();
  await expect(page.getByRole("main").getByRole("heading", { name: "Your goals" })).toBeVisible();
}

/** Asks for help on the first goal in this cycle's update and sends it now. */
async function sendAnAsk(page: Page): Promise<void> {
  await page.getByRole("main").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  await typeIntoPart(page, GOALS[0]!, "help", ASK);
  await expectSaved(page);
  await page.getByRole("button", { name: "Preview and send" }).click();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);
}

test("the home page shows this cycle in the author's zone, each goal's status, open asks and a spread-thin notice they can tune", async ({
  page,
}) => {
  test.slow();
  // signUpAndSetUp: every other Friday at 16:00 Berlin time, the first at least three days ahead.
  await signUpAndSetUp(page, "Dorothy Vaughan");
  const due = dateTimeLabel(localInstant(nextWeekday("Friday", 3), "16:00", "Europe/Berlin"), "Europe/Berlin");
  for (const title of GOALS) await addGoal(page, { title, why: "It matters this quarter." });
  const main = page.getByRole("main");
  const thisCycle = main.getByRole("region", { name: "This cycle\u2019s update" });
  const spreadThin = main.getByRole("region", { name: "Spread thin?" });

  await test.step("before writing: not started, due in the author's zone, every goal listed without a status", async () => {
    await goHome(page);
    await expect(thisCycle).toContainText("Not started");
    await expect(thisCycle).toContainText(`Due ${due} (Europe/Berlin).`);
    const goals = main.getByRole("list", { name: "Your goals" }).getByRole("listitem");
    await expect(goals).toHaveText(GOALS.map((title) => new RegExp(`^${title}.*No status yet`)));
    await expect(goals.first().getByRole("link", { name: GOALS[0] })).toHaveAttribute("href", /^\/goals\/[^/]+$/);
    await expect(main.getByRole("region", { name: "Open asks" })).toContainText("shows here once sent");
    await expect(spreadThin).toContainText("You own 6 active goals, more than the 5 you set.");
    await expectAccessible(page, "home");
  });

  await test.step("after sending: sent, the next due time, the ask with its age, and the update on time", async () => {
    await sendAnAsk(page);
    await goHome(page);
    const next = main.getByRole("region", { name: "Next update" });
    await expect(next).toContainText("Sent");
    await expect(next).toContainText("This cycle\u2019s update is sent");
    const asks = main.getByRole("list", { name: "Open asks" }).getByRole("listitem");
    await expect(asks).toHaveCount(1);
    await expect(asks.first()).toContainText(ASK);
    await expect(asks.first()).toContainText(`${GOALS[0]} · Asked today`);
    await expect(main.getByRole("region", { name: "Last sent" })).toContainText("Your last update went out on time.");
  });

  await test.step("the spread-thin threshold is the author's to change, from 1 to 20", async () => {
    await spreadThin.getByRole("link", { name: "Change this number in Settings" }).click();
    await expect(page).toHaveURL(/\/settings#signals$/);
    const threshold = page.getByLabel("Spread-thin notice above", { exact: true });
    await expect(threshold).toHaveValue("5");
    await threshold.fill("21");
    await page.getByRole("button", { name: "Save signals" }).click();
    await expect(page.getByText("Pick a whole number from 1 to 20.")).toBeVisible();
    await expect(threshold).toHaveValue("21");
    await threshold.fill("6");
    await page.getByRole("button", { name: "Save signals" }).click();
    await expect(page.getByText("Saved. The home page points it out above 6 active goals.")).toBeVisible();
    await page.reload();
    await expect(threshold).toHaveValue("6");
    await goHome(page);
    await expect(spreadThin).toHaveCount(0);
  });
});

test("the home page reads well on a phone and in dark mode", async ({ page }) => {
  await signUpAndSetUp(page, "Katherine Coleman");
  await addGoal(page, { title: "A goal with a rather long title that has to wrap on a narrow phone screen", why: "Layout." });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  await goHome(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "nothing sticks out sideways").toBeLessThanOrEqual(0);
  await expect(page.getByRole("main").getByRole("link", { name: "Write update" })).toBeInViewport();
  await expectAccessible(page, "home on a phone in dark mode");
});
