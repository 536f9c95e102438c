import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { advanceClockTo, localInstant, MINUTE_MS, resetClock } from "./support/clock";
import { dayDate } from "./support/dates";
import { expectSaved, startEditor, typeIntoPart } from "./support/editor";
import { emailBody } from "./support/envelope";
import { activeGoals, addGoal } from "./support/goals";
import { latestMessageFile, waitForMessage } from "./support/mail";
import { signUpAndSetUp } from "./support/people";
import { nextWeekday } from "./support/setup";
import { plainText } from "./support/text";

// The server's clock is shared by every test: put it back whatever happens.
test.afterEach(() => resetClock());

const GOAL = { title: "Move payments to the new ledger", why: "One source of truth for money; measured by zero reconciliation gaps." };

type Cycle = { status: "On track" | "At risk" | "Off track"; doing: string; progress?: string };

const CYCLES: Cycle[] = [
  { status: "On track", doing: "Designing the ledger schema with finance.", progress: "Schema reviewed and merged." },
  { status: "At risk", doing: "Waiting for the bank's sandbox keys." },
  { status: "Off track", doing: "Rebuilding the import after the audit.", progress: "Old imports replayed without a gap." },
];

const plusDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Writes one cycle's update about the goal, with its status, and sends it now. */
async function writeAndSend(page: Page, cycle: Cycle, bossEmail: string): Promise<string> {
  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  // The status choice is the running editor's: it shows once the author reaches for the draft.
  await startEditor(page);
  await page.getByRole("combobox", { name: `Status of ${GOAL.title}` }).selectOption({ label: cycle.status });
  await typeIntoPart(page, GOAL.title, "doing", cycle.doing);
  if (cycle.progress) await typeIntoPart(page, GOAL.title, "progress", cycle.progress);
  await expectSaved(page);
  const before = latestMessageFile();
  await page.getByRole("button", { name: "Preview and send" }).click();
  await expect(emailBody(page)).toContainText(`Status: ${cycle.status}`);
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);
  const message = await waitForMessage({ to: bossEmail, after: before });
  return plainText(message.mail.text ?? "");
}

test("@journey a goal's timeline tells its story across three updates, newest first, quiet cycles marked", async ({ page }) => {
  test.slow();
  // signUpAndSetUp: every other Friday at 16:00 Berlin time, the first at least three days ahead.
  const person = await signUpAndSetUp(page, "Frances Allen");
  const firstDue = nextWeekday("Friday", 3);
  const dueDates = [firstDue, plusDays(firstDue, 14), plusDays(firstDue, 28)];
  await addGoal(page, GOAL);

  for (const [index, cycle] of CYCLES.entries()) {
    await test.step(`cycle ${index + 1}: ${cycle.status}`, async () => {
      const text = await writeAndSend(page, cycle, person.boss.email);
      expect(text).toContain(`Owner: ${person.name} Status: ${cycle.status}`);
      // The next cycle begins once this one's due time has passed.
      advanceClockTo(new Date(localInstant(dueDates[index]!, "16:00", "Europe/Berlin").getTime() + MINUTE_MS));
    });
  }

  await page.getByRole("navigation").getByRole("link", { name: "Goals" }).click();
  const listed = activeGoals(page).filter({ hasText: GOAL.title });
  await expect(listed).toContainText("Off track");
  await listed.getByRole("link", { name: `Edit ${GOAL.title}` }).click();

  const timeline = page.getByRole("list", { name: "Timeline" }).locator(":scope > li");
  await expect(timeline).toHaveCount(3);
  await expect(timeline.getByRole("heading", { level: 3 })).toHaveText([...dueDates].reverse().map((date) => `Update due ${dayDate(date)}`));
  for (const [index, cycle] of [...CYCLES].reverse().entries()) {
    const entry = timeline.nth(index);
    await expect(entry).toContainText(cycle.status);
    await expect(entry).toContainText(cycle.doing);
    await expect(entry).toContainText(cycle.progress ?? "(nothing this time)");
  }
  await expect(timeline.nth(1)).toContainText("No progress");
  await expect(timeline.nth(0)).not.toContainText("No progress");
  await expect(page.getByRole("term").filter({ hasText: "Owner:" }).locator("+ dd")).toHaveText(person.name);
  await expectAccessible(page, "goal timeline");
});
