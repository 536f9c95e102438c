import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { expectSaved, typeIntoPart } from "./support/editor";
import { addGoal } from "./support/goals";
import { latestMessageFile, waitForMessage } from "./support/mail";
import { signUpAndSetUp } from "./support/people";

const goal = "Ship the billing migration";
const ask = "A decision from finance on how to round currency conversions";

test("an ask from a sent update waits in the ledger until the author marks it resolved, with a note", async ({ page }) => {
  test.slow();
  const person = await signUpAndSetUp(page, "Ada Lovelace");
  await addGoal(page, { title: goal, why: "Every invoice from one system." });
  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await typeIntoPart(page, goal, "help", ask);
  await expectSaved(page);
  await page.getByRole("button", { name: "Preview and send" }).click();
  const before = latestMessageFile();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);
  const { mail } = await waitForMessage({ to: person.boss.email, after: before });
  expect(mail.text).toMatch(/Open asks: 1, from \d{1,2} \w{3} \d{4}/);

  await page.getByRole("navigation").getByRole("link", { name: "Asks" }).click();
  const open = page.getByRole("region", { name: /^Open/ });
  const resolved = page.getByRole("region", { name: /^Resolved/ });
  await expect(open.getByRole("listitem").filter({ hasText: ask })).toContainText(goal);
  await expect(open).toContainText("First asked");
  await expect(resolved).toContainText("Nothing resolved yet.");
  await expectAccessible(page, "asks");

  await open.getByText("Mark resolved…").click();
  await open.getByLabel("How it was resolved").fill("Finance chose banker's rounding on Tuesday.");
  await open.getByRole("button", { name: "Mark resolved" }).click();
  await expect(resolved.getByRole("listitem").filter({ hasText: ask })).toContainText("Finance chose banker's rounding on Tuesday.");
  await expect(open).toContainText("Nothing open.");

  await resolved.getByRole("button", { name: "Reopen" }).click();
  await expect(open.getByRole("listitem").filter({ hasText: ask })).toBeVisible();
  await expect(resolved).toContainText("Nothing resolved yet.");
});
