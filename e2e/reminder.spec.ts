import { expect, test } from "@playwright/test";
import { advanceClockTo, localInstant, MINUTE_MS, resetClock } from "./support/clock";
import { addGoal } from "./support/goals";
import { latestMessageFile, messagesTo, waitForMessage } from "./support/mail";
import { signUpAndSetUp } from "./support/people";
import { nextWeekday } from "./support/setup";

// The server's clock is shared by every test: put it back whatever happens.
test.afterEach(() => resetClock());

test("two hours before the due time the author is reminded once, with a link straight to the editor", async ({ page, baseURL }) => {
  test.slow();
  // signUpAndSetUp: every other Friday at 16:00 Berlin time, the first at least three days ahead.
  const person = await signUpAndSetUp(page, "Hedy Lamarr");
  await addGoal(page, { title: "Frequency-hopping guidance", why: "Jam-proof control; measured in field trials." });
  const dueAt = localInstant(nextWeekday("Friday", 3), "16:00", "Europe/Berlin");
  const before = latestMessageFile();

  advanceClockTo(new Date(dueAt.getTime() - 119 * MINUTE_MS));
  const reminder = await waitForMessage({ to: person.email, after: before, subject: "Your update is due" });
  expect(reminder.mail.text).toContain("2 hours");
  const link = /https?:\/\/\S+\/write\b/.exec(reminder.mail.text ?? "")?.[0];
  expect(link, "a link to the editor").toBe(`${baseURL}/write`);

  await page.goto(link!);
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  await expect(page.getByRole("heading", { name: /^Update due / })).toBeVisible();

  // A few more runs of the outbox: the reminder is not sent again, and the boss hears nothing.
  await page.waitForTimeout(3_000);
  expect(await messagesTo(person.email, before), "messages to the author").toHaveLength(1);
  expect(await messagesTo(person.boss.email, before), "messages to the boss").toHaveLength(0);
});
