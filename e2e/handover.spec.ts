import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { activeGoals, addGoal } from "./support/goals";
import { sendFirstUpdate, signUpAndSetUp } from "./support/people";

const GOAL = "Run the on-call rotation";

async function offer(page: Page, email: string, note: string): Promise<void> {
  await page.getByLabel("Their email address", { exact: true }).fill(email);
  await page.getByLabel("Note to them", { exact: true }).fill(note);
  await page.getByRole("button", { name: "Hand over" }).click();
}

/** Points every goal form on the page at another goal, as a crafted request would. */
async function aimFormsAt(page: Page, goalId: string): Promise<void> {
  await page.locator('input[name="goalId"]').evaluateAll((inputs, id) => {
    for (const input of inputs) (input as HTMLInputElement).value = id;
  }, goalId);
}

test("@journey a goal handed over moves to the new owner's list once accepted, with its whole timeline", async ({ browser }) => {
  test.slow();
  const adaContext = await browser.newContext();
  const ada = await adaContext.newPage();
  const adaPerson = await signUpAndSetUp(ada, "Ada Lovelace");
  const sent = await sendFirstUpdate(ada, GOAL);

  const samContext = await browser.newContext();
  const sam = await samContext.newPage();
  const samPerson = await signUpAndSetUp(sam, "Sam Okafor");
  await addGoal(sam, { title: "Sam's own goal", why: "Already on Sam's list." });

  await test.step("the owner offers the goal to a person of this deployment, and can withdraw it", async () => {
    await ada.goto(`/goals/${sent.goalId}`);
    await offer(ada, "nobody-here@example.test", "");
    await expect(ada.getByText("No one with this address uses Biweekly here yet.").first()).toBeVisible();
    await offer(ada, samPerson.email, "Weekly rota is in the wiki.");
    await expect(ada.getByText(`Waiting for ${samPerson.name}`)).toBeVisible();
    await ada.getByRole("button", { name: "Cancel handover" }).click();
    await expect(ada.getByRole("button", { name: "Hand over" })).toBeVisible();
    await offer(ada, samPerson.email, "Weekly rota is in the wiki.");
    await expect(ada.getByText(`Waiting for ${samPerson.name}`)).toBeVisible();
    await expectAccessible(ada, "goal waiting for its new owner");
    await ada.getByRole("link", { name: "All goals" }).click();
    await expect(activeGoals(ada).filter({ hasText: GOAL })).toContainText(`waiting for ${samPerson.name} to accept`);
  });

  await test.step("the receiver reads the offer and accepts it", async () => {
    await sam.goto("/");
    const notice = sam.getByRole("status").filter({ hasText: `${adaPerson.name} offered you a goal: “${GOAL}”` });
    await expect(notice).toBeVisible();
    await notice.getByRole("link", { name: "Review the offer" }).click();
    await expect(sam).toHaveURL(/\/goals#incoming-handovers-heading$/);
    const offered = sam.getByRole("list", { name: "Goals offered to you" }).locator(":scope > li");
    await expect(offered).toHaveCount(1);
    await expect(offered).toContainText(GOAL);
    await expect(offered).toContainText(`Offered by ${adaPerson.name}`);
    await expect(offered).toContainText("Weekly rota is in the wiki.");
    await expectAccessible(sam, "goals with an offer");
    await offered.getByRole("button", { name: `Accept ${GOAL}` }).click();
    await expect(activeGoals(sam)).toHaveCount(2);
    await expect(activeGoals(sam).getByRole("heading")).toHaveText(["Sam's own goal", GOAL]);
    await expect(activeGoals(sam).nth(1).getByRole("definition").first()).toHaveText(samPerson.name);
  });

  await test.step("the new owner reads the goal's history; the previous owner no longer sees it", async () => {
    await sam.goto(`/goals/${sent.goalId}`);
    const timeline = sam.getByRole("list", { name: "Timeline" }).locator(":scope > li");
    await expect(timeline).toHaveCount(1);
    await expect(timeline).toContainText(sent.sentence);
    await expect(timeline).toContainText(`by ${adaPerson.name}`);
    await expect(sam.getByRole("main")).toContainText(new RegExp(`Owned by ${adaPerson.name} until .+, then ${samPerson.name} since `));

    await ada.goto("/goals");
    await expect(ada.getByRole("main")).not.toContainText(GOAL);
    expect((await ada.goto(`/goals/${sent.goalId}`))?.status()).toBe(404);
    await ada.goto(`/history/${sent.historyId}`);
    await expect(ada.getByRole("main")).toContainText(sent.sentence);
  });

  await test.step("the new owner's next update has a section for the goal", async () => {
    await sam.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
    await expect(sam.getByRole("textbox", { name: "Update text" }).getByRole("heading", { level: 2 })).toHaveText(["Sam's own goal", GOAL, "Anything else"]);
  });

  await test.step("another person's goal answers 404 to its page and to every action", async () => {
    await ada.goto("/goals");
    await addGoal(ada, { title: "Ada's next goal", why: "Something of her own." });
    await ada.getByRole("link", { name: "Edit Ada's next goal" }).click();
    await expect(ada.getByRole("heading", { level: 1 })).toHaveText("Ada's next goal");
    const ownPage = ada.url();
    for (const button of ["Save goal", "Hand over", "Close goal"]) {
      await aimFormsAt(ada, sent.goalId);
      await ada.getByLabel("Their email address", { exact: true }).fill(adaPerson.email);
      await ada.getByLabel("Reason", { exact: true }).fill("Taken");
      await ada.getByRole("radio", { name: /^Dropped\b/ }).check();
      const answer = ada.waitForResponse((response) => response.request().method() === "POST");
      await ada.getByRole("button", { name: button }).click();
      expect((await answer).status(), button).toBe(404);
      await ada.goto(ownPage);
    }
    await sam.goto(`/goals/${sent.goalId}`);
    await expect(sam.getByRole("heading", { level: 1 })).toHaveText(GOAL);
    await expect(sam.getByRole("main")).not.toContainText("Closed");
    await expect(sam.getByRole("button", { name: "Hand over" })).toBeVisible();
  });

  await adaContext.close();
  await samContext.close();
});
