import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { advanceClockTo, localInstant, MINUTE_MS, resetClock } from "./support/clock";
import { dateTimeLabel, dayDate } from "./support/dates";
import { expectSaved, typeIntoPart } from "./support/editor";
import { addGoal } from "./support/goals";
import { addressesOf, latestMessageFile, messagesTo, waitForMessage } from "./support/mail";
import { signUpAndSetUp } from "./support/people";
import { completeSetup, nextWeekday } from "./support/setup";
import { plainText } from "./support/text";
import { newPerson } from "./support/users";

// The server's clock is shared by every test: put it back whatever happens.
test.afterEach(() => resetClock());

const GOAL = { title: "Open the Adelaide office", why: "Hiring in South Australia; measured by ten people seated by March." };
/** Long enough for several runs of the outbox, which runs every second in these tests. */
const A_FEW_TICKS_MS = 3_000;

/** Writes `sentence` into the goal's "doing" part of the open update; returns the update's id. */
async function write(page: Page, sentence: string): Promise<string> {
  if (!/\/updates\/[^/]+$/.test(page.url())) {
    await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
    await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  }
  await typeIntoPart(page, GOAL.title, "doing", sentence);
  await expectSaved(page);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

/** From the editor: preview, then "Approve for <due time>"; the update's record says when it goes. */
async function approveForDueTime(page: Page, due: string): Promise<void> {
  await page.getByRole("button", { name: "Preview and send" }).click();
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
  await page.getByRole("button", { name: `Approve for ${due}` }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);
  await expect(page.getByRole("main")).toContainText(`Scheduled for ${due}`);
}

test("@journey an update approved for its due time goes out at that time, exactly once, and the history shows when", async ({
  page,
}) => {
  test.slow();
  const zone = "Australia/Adelaide";
  const firstDueDate = nextWeekday("Wednesday", 3);
  const dueAt = localInstant(firstDueDate, "10:00", zone);
  const due = dateTimeLabel(dueAt, zone);
  const [author, boss, skipLevel] = [newPerson("Ruby Payne-Scott"), newPerson("Grace Hopper"), newPerson("Katherine Johnson")];
  await signIn(page, { email: author.email });
  await completeSetup(page, {
    name: author.name,
    timeZone: zone,
    bossName: boss.name,
    bossEmail: boss.email,
    skipName: skipLevel.name,
    skipEmail: skipLevel.email,
    every: "2 weeks",
    weekday: "Wednesday",
    dueTime: "10:00",
    firstDueDate,
  });
  await addGoal(page, GOAL);
  const first = "Signed the lease for two floors near the metro.";
  const second = " Interviews for the office manager start Monday.";
  const updateId = await write(page, first);
  await approveForDueTime(page, due);

  await test.step("an edit after approval withdraws it, visibly, until it is approved again", async () => {
    await page.goto(`/updates/${updateId}`);
    await write(page, second);
    await expect(page.getByText(/^Approval withdrawn/)).toBeVisible();
    await approveForDueTime(page, due);
  });

  const before = latestMessageFile();
  await test.step("a minute before the due time nothing has gone out", async () => {
    advanceClockTo(new Date(dueAt.getTime() - MINUTE_MS));
    await page.waitForTimeout(A_FEW_TICKS_MS);
    expect(await messagesTo(boss.email, before), "messages to the boss").toHaveLength(0);
    await page.reload();
    await expect(page.getByRole("main")).toContainText(`Scheduled for ${due}`);
  });

  await test.step("at the due time the approved update goes out once, as approved", async () => {
    advanceClockTo(new Date(dueAt.getTime() + 1_000));
    const message = await waitForMessage({ to: boss.email, after: before });
    expect(plainText(message.mail.text ?? "")).toContain(first + second);
    expect(addressesOf(message.mail.cc).map((cc) => cc.address)).toEqual([skipLevel.email]);
    await page.waitForTimeout(A_FEW_TICKS_MS);
    expect(await messagesTo(boss.email, before), "messages to the boss").toHaveLength(1);
  });

  await test.step("the history shows it sent at the due time", async () => {
    const sentAt = new RegExp(`Sent ${dayDate(firstDueDate)}, 10:0\\d`);
    await page.getByRole("navigation").getByRole("link", { name: "History", exact: true }).click();
    const entry = page.getByRole("main").getByRole("link", { name: new RegExp(`Update due ${dayDate(firstDueDate)}`) });
    await expect(entry).toContainText(sentAt);
    await expect(entry).not.toContainText("late");
    await entry.click();
    await expect(page).toHaveURL(new RegExp(`/history/${updateId}$`));
    await expect(page.getByRole("main")).toContainText(sentAt);
  });
});

test("an approval withdrawn by an edit sends nothing at the due time, and the author is nudged once", async ({ page }) => {
  test.slow();
  // signUpAndSetUp: every other Friday at 16:00 Berlin time, the first at least three days ahead.
  const person = await signUpAndSetUp(page, "Annie Easley");
  const dueAt = localInstant(nextWeekday("Friday", 3), "16:00", "Europe/Berlin");
  const due = dateTimeLabel(dueAt, "Europe/Berlin");
  await addGoal(page, GOAL);
  const updateId = await write(page, "Drafting the floor plan.");
  await approveForDueTime(page, due);
  await page.goto(`/updates/${updateId}`);
  await write(page, " And the seating chart.");
  await expect(page.getByText(/^Approval withdrawn/)).toBeVisible();

  const before = latestMessageFile();
  advanceClockTo(new Date(dueAt.getTime() + 1_000));
  const nudge = await waitForMessage({ to: person.email, after: before, subject: "has not been sent" });
  expect(nudge.mail.text).toMatch(/\/write\b/);
  await page.waitForTimeout(A_FEW_TICKS_MS);
  expect(await messagesTo(person.boss.email, before), "messages to the boss").toHaveLength(0);
  expect(await messagesTo(person.email, before), "messages to the author").toHaveLength(1);

  await page.reload();
  await expect(page.getByRole("main")).toContainText(`This update was due ${due}`);
  await expect(page.getByText("And the seating chart.")).toBeVisible();
});
