import { expect, test, type Page } from "@playwright/test";
import { BUSY_DOMAIN, REFUSING_DOMAIN } from "./support/environment";
import { latestMessageFile, messageFilesAfter, waitForMessage } from "./support/mail";
import { sendFirstUpdate, signUpAndSetUp } from "./support/people";
import { newPerson } from "./support/users";

/** The read view after sending, reloaded until the delivery has settled into `state`. */
async function expectDeliveryState(page: Page, state: "Sent" | "Not delivered", timeout: number): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("main").getByText(state, { exact: true }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout });
}

test("an update the mail server refuses is reported with the reason, kept, and can be sent again", async ({ page }) => {
  test.slow();
  const person = await signUpAndSetUp(page, "Frances Allen", REFUSING_DOMAIN);
  const sent = await sendFirstUpdate(page, "Cut build times in half");

  await expectDeliveryState(page, "Not delivered", 20_000);
  const main = page.getByRole("main");
  await expect(main).toContainText("The mail server refused this update");
  await expect(main).toContainText("Mailbox unavailable");

  await page.getByRole("link", { name: "Check it and send it again" }).click();
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
  await expect(main).toContainText(sent.sentence);
  await expect(main).toContainText(person.boss.email);
  await expect(page.getByRole("button", { name: "Send now" })).toBeVisible();

  const boss = newPerson("Grace Hopper");
  await page.getByRole("navigation").getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Boss's email", { exact: true }).fill(boss.email);
  await page.getByLabel("Skip-level's email", { exact: true }).fill(newPerson("Katherine Johnson").email);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved")).toBeVisible();

  await page.goto(`/updates/${sent.updateId}/preview`);
  await expect(main).toContainText(boss.email);
  const before = latestMessageFile();
  await page.getByRole("button", { name: "Send now" }).click();
  const message = await waitForMessage({ to: boss.email, after: before });
  expect(message.mail.text).toContain(sent.sentence);
  await expectDeliveryState(page, "Sent", 10_000);
});

test("an update sent while the mail server is busy goes out once it answers again, exactly once", async ({ page }) => {
  test.slow();
  const person = await signUpAndSetUp(page, "Jean Sammet", BUSY_DOMAIN);
  const before = latestMessageFile();
  const sent = await sendFirstUpdate(page, "Document the public API");

  await expect(page.getByRole("main")).toContainText("Waiting to send");
  // The first retry comes about 30 s after the refusal (with jitter).
  const message = await waitForMessage({ to: person.boss.email, after: before, timeoutMs: 60_000 });
  expect(message.mail.text).toContain(sent.sentence);
  await expectDeliveryState(page, "Sent", 10_000);
  expect(messageFilesAfter(before), "messages received since sending").toHaveLength(1);
});
