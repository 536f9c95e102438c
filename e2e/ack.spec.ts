import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { latestMessageFile, waitForMessage } from "./support/mail";
import { sendFirstUpdate, signUpAndSetUp } from "./support/people";

test("the boss says 'Got it' from the email without signing in, once, and the author sees it in the history", async ({ page, browser }) => {
  test.slow();
  const person = await signUpAndSetUp(page, "Ada Lovelace");
  const before = latestMessageFile();
  await sendFirstUpdate(page, "Ship the billing migration");
  const historyUrl = page.url();

  const { mail } = await waitForMessage({ to: person.boss.email, after: before });
  const link = /Got it: (\S+)/.exec(mail.text ?? "")?.[1];
  expect(link, "the 'Got it' link in the text part").toBeTruthy();
  expect(mail.html || "").toContain(`href="${link}"`);
  expect(mail.html || "", "no image that loads by itself").not.toMatch(/<img/i);

  // The boss's browser: no session of the author's.
  const bossContext = await browser.newContext();
  const boss = await bossContext.newPage();
  await boss.goto(link!);
  await expect(boss.getByRole("heading", { name: "Got it" })).toBeVisible();
  await expectAccessible(boss, "got it");

  // Opening the link (as a mail scanner would) records nothing.
  await page.reload();
  await expect(page.getByRole("main")).not.toContainText("Acknowledged by");
  // The author has the link too, in what they sent, but it is not theirs to press.
  await page.goto(link!);
  await expect(page.getByRole("status")).toContainText("This is your own update");
  await expect(page.getByRole("button", { name: "Got it" })).toHaveCount(0);

  await boss.getByRole("button", { name: "Got it" }).click();
  await expect(boss.getByRole("status")).toContainText(`Thank you. ${person.name} will see that you acknowledged it on`);
  await boss.reload();
  await expect(boss.getByRole("main")).toContainText("Already acknowledged on");
  await expect(boss.getByRole("button", { name: "Got it" })).toHaveCount(0);

  await page.goto(historyUrl);
  await expect(page.getByRole("main")).toContainText(new RegExp(`Acknowledged by ${person.boss.name} on \\w{3} \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}`));
  await page.goto("/history");
  await expect(page.getByRole("main").getByRole("listitem").first()).toContainText(/ · acknowledged \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/);

  const [updateId, signature] = new URL(link!).pathname.split("/").at(-1)!.split(".");
  const forged = `${updateId}.${signature![0] === "A" ? "B" : "A"}${signature!.slice(1)}`;
  const response = await boss.goto(`/ack/${forged}`);
  expect(response?.status()).toBe(404);
  await expect(boss.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await bossContext.close();
});
