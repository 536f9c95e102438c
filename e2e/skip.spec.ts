import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { dayDate } from "./support/dates";
import { expectSaved, typeIntoPart } from "./support/editor";
import { addGoal } from "./support/goals";
import { addressesOf, latestMessageFile, messagesTo, waitForMessage } from "./support/mail";
import { signUpAndSetUp } from "./support/people";
import { nextWeekday } from "./support/setup";
import { plainText } from "./support/text";

test("a skipped cycle sends the boss the author's note, word for word, and stays in the history with its reason", async ({ page }) => {
  test.slow();
  // signUpAndSetUp: every other Friday at 16:00 Berlin time, the first at least three days ahead.
  const person = await signUpAndSetUp(page, "Evelyn Boyd Granville");
  const dueDate = dayDate(nextWeekday("Friday", 3));
  const goal = { title: "Orbit tables for the launch", why: "Every trajectory checked twice; measured by zero open discrepancies." };
  await addGoal(page, goal);
  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  const draft = "Half of the tables are checked; nothing of this draft may reach the boss.";
  await typeIntoPart(page, goal.title, "doing", draft);
  await expectSaved(page);

  const note = "Off until 7 December; back with a full update next cycle.";
  await page.getByText("Skipping this cycle?").click();
  await expectAccessible(page, "editor with the skip form open");
  await page.getByLabel("Reason", { exact: true }).fill("Vacation");
  await page.getByLabel(`Note to ${person.boss.name} (optional)`, { exact: true }).fill(note);
  const before = latestMessageFile();
  await page.getByRole("button", { name: "Skip this cycle" }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);

  await test.step("the boss gets the note exactly as typed, and nothing of the draft", async () => {
    const message = await waitForMessage({ to: person.boss.email, after: before });
    expect(message.mail.text?.split(/\r?\n/), "the note is a line of its own").toContain(note);
    expect(plainText(message.mail.html || "")).toContain(note);
    for (const part of [message.mail.text ?? "", message.mail.html || ""]) expect(plainText(part)).not.toContain("Half of the tables");
    expect(addressesOf(message.mail.cc).map((cc) => cc.address)).toEqual([person.skipLevel.email]);
    expect(addressesOf(message.mail.replyTo).map((r) => r.address)).toEqual([person.email]);
    await page.waitForTimeout(2_000);
    expect(await messagesTo(person.boss.email, before), "messages to the boss").toHaveLength(1);
  });

  await test.step("the history lists the cycle as skipped, with its reason", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "History", exact: true }).click();
    const entry = page.getByRole("main").getByRole("link", { name: new RegExp(`Update due ${dueDate}`) });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText("Skipped");
    await expect(entry).toContainText("Vacation");
    await expectAccessible(page, "history");
    await entry.click();
    const main = page.getByRole("main");
    await expect(main).toContainText("Vacation");
    await expect(main).toContainText(note);
  });
});
