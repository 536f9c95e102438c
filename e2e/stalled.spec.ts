import { expect, test, type Page } from "@playwright/test";
import { Temporal } from "temporal-polyfill";
import { expectAccessible } from "./support/a11y";
import { advanceClockTo, localInstant, resetClock } from "./support/clock";
import { expectSaved, typeIntoPart } from "./support/editor";
import { addGoal } from "./support/goals";
import { signUpAndSetUp } from "./support/people";
import { nextWeekday } from "./support/setup";

// The server's clock is shared by every test: put it back whatever happens.
test.afterEach(() => resetClock());

const ZONE = "Europe/Berlin";
const DAY_MS = 86_400_000;
const BILLING = { title: "Ship the billing migration", why: "One invoicing system; measured by zero invoices from the old one." };
const HIRING = { title: "Hire a product designer", why: "The team has no designer; measured by a signed offer." };

/** Writes this cycle's update, with progress for the hiring goal only, and sends it now. */
async function sendUpdate(page: Page, hiringProgress: string): Promise<void> {
  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  await typeIntoPart(page, BILLING.title, "doing", "Moving the enterprise accounts.");
  await typeIntoPart(page, HIRING.title, "doing", "Interviewing.");
  await typeIntoPart(page, HIRING.title, "progress", hiringProgress);
  await expectSaved(page);
  await page.getByRole("button", { name: "Preview and send" }).click();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);
}

test("a goal left without progress in two updates in a row is flagged on the home page and in the editor", async ({ page }) => {
  test.slow();
  // signUpAndSetUp: every other Friday at 16:00 Berlin time, the first at least three days ahead.
  await signUpAndSetUp(page, "Mary Jackson");
  const firstDue = nextWeekday("Friday", 3);
  const due = (cycle: number) => localInstant(Temporal.PlainDate.from(firstDue).add({ weeks: 2 * cycle }).toString(), "16:00", ZONE);
  await addGoal(page, BILLING);
  await addGoal(page, HIRING);
  const home = page.getByRole("main");
  const stalled = home.getByRole("region", { name: /^Stalled goal/ });

  await test.step("one update without progress is not yet a stall", async () => {
    await sendUpdate(page, "Posted the role on three boards.");
    advanceClockTo(new Date(due(0).getTime() + DAY_MS));
    await page.getByRole("navigation").getByRole("link", { name: "Home" }).click();
    await expect(home.getByRole("heading", { name: "Your goals" })).toBeVisible();
    await expect(stalled).toHaveCount(0);
  });

  await test.step("the second in a row flags the goal, with why, and nothing else", async () => {
    await sendUpdate(page, "Eleven candidates screened; two on-sites booked.");
    advanceClockTo(new Date(due(1).getTime() + DAY_MS));
    await page.getByRole("navigation").getByRole("link", { name: "Home" }).click();
    await expect(stalled.getByRole("listitem")).toHaveText([`${BILLING.title}: No progress written in the last two updates.`]);
    await expect(stalled.getByRole("link", { name: BILLING.title })).toHaveAttribute("href", /^\/goals\/[^/]+$/);
    const goals = home.getByRole("list", { name: "Your goals" }).getByRole("listitem");
    await expect(goals.filter({ hasText: BILLING.title })).toContainText("Stalled");
    await expect(goals.filter({ hasText: HIRING.title })).not.toContainText("Stalled");
    await expect(home).toContainText("2 updates on time in a row.");
    await expectAccessible(page, "home with a stalled goal");
  });

  await test.step("the editor of the next update says so above the text, and leaves the text alone", async () => {
    await home.getByRole("link", { name: "Write update" }).click();
    await expect(page).toHaveURL(/\/updates\/[^/]+$/);
    const notice = page.getByRole("main").getByRole("region", { name: /^Stalled goal/ });
    await expect(notice.getByRole("listitem")).toHaveText([`${BILLING.title}: No progress written in the last two updates.`]);
    await expect(page.getByRole("textbox", { name: "Update text" })).not.toContainText("No progress written");
    await expectAccessible(page, "editor with a stalled goal");
  });
});
