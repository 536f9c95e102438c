import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { addGoal, closeGoal, expectOwnerShown } from "./support/goals";
import { signUpAndSetUp } from "./support/people";

const activeTitles = (page: Page) => page.getByRole("list", { name: "Active goals" }).getByRole("heading");

test("goals can be added, reordered, edited and closed with a reason that stays on record", async ({ page }) => {
  test.slow();
  const person = await signUpAndSetUp(page, "Barbara Liskov");
  for (const title of ["Launch the search beta", "Hire two engineers", "Retire the legacy queue"]) {
    await addGoal(page, { title, why: `Why: ${title.toLowerCase()} matters to the team.` });
  }
  await expect(activeTitles(page)).toHaveText(["Launch the search beta", "Hire two engineers", "Retire the legacy queue"]);
  await expectOwnerShown(page, person.name, 3);

  await page.getByRole("button", { name: "Move Retire the legacy queue up" }).click();
  await expect(activeTitles(page)).toHaveText(["Launch the search beta", "Retire the legacy queue", "Hire two engineers"]);
  await page.reload();
  await expect(activeTitles(page)).toHaveText(["Launch the search beta", "Retire the legacy queue", "Hire two engineers"]);

  await page.getByRole("link", { name: "Edit Hire two engineers" }).click();
  await expectAccessible(page, "edit goal");
  await page.getByLabel("Goal title", { exact: true }).fill("Hire three engineers");
  await page.getByLabel("Target date", { exact: true }).fill("2027-03-31");
  await page.getByRole("button", { name: "Save goal" }).click();
  await page.getByRole("navigation").getByRole("link", { name: "Goals" }).click();
  await expect(activeTitles(page)).toHaveText(["Launch the search beta", "Retire the legacy queue", "Hire three engineers"]);

  await closeGoal(page, "Launch the search beta", "Done", "Shipped to all beta customers on Monday.");
  await closeGoal(page, "Retire the legacy queue", "Dropped", "The platform team is replacing it instead.");
  await expect(activeTitles(page)).toHaveText(["Hire three engineers"]);

  const closed = page.getByRole("group").filter({ hasText: "Closed goals" });
  await closed.getByText("Closed goals").click();
  await expect(closed).toContainText("Launch the search beta");
  await expect(closed).toContainText("Shipped to all beta customers on Monday.");
  await expect(closed).toContainText("Retire the legacy queue");
  await expect(closed).toContainText("The platform team is replacing it instead.");
  await expectAccessible(page, "goals with closed goals");
});
