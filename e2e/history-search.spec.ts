import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { dayDate } from "./support/dates";
import { expectSaved, typeIntoPart } from "./support/editor";
import { addGoal } from "./support/goals";
import { sendFirstUpdate, signUpAndSetUp } from "./support/people";
import { nextWeekday } from "./support/setup";

const GOAL = "Chart the lunar descent";
const LATER_GOAL = "Teach the team Fortran";

/** Writes a sentence for each goal in the next cycle's update and sends it now; returns the read view's path. */
async function sendNext(page: Page, sentences: Record<string, string>): Promise<string> {
  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  for (const [goal, sentence] of Object.entries(sentences)) await typeIntoPart(page, goal, "progress", sentence);
  await expectSaved(page);
  await page.getByRole("button", { name: "Preview and send" }).click();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);
  return new URL(page.url()).pathname;
}

const history = (page: Page) => page.getByRole("navigation").getByRole("link", { name: "History", exact: true }).click();

test("search finds a word from an old update and opens what was sent; the filters narrow the history", async ({ page }) => {
  test.slow();
  await signUpAndSetUp(page, "Dorothy Vaughan");
  const firstDue = nextWeekday("Friday", 3);
  // The first cycle: its sentence names the platform team (see sendFirstUpdate).
  const first = await sendFirstUpdate(page, GOAL);
  // The next cycle, two weeks later, says something else entirely, and about a new goal too.
  await page.goto("/goals");
  await addGoal(page, { title: LATER_GOAL, why: "Nobody else can run the new machine." });
  const second = await sendNext(page, { [GOAL]: "Simulated the <abort> sequence.", [LATER_GOAL]: "Two classes held." });

  await test.step("a word from the older update finds it, marked in its snippet, and links to its read view", async () => {
    await history(page);
    await page.getByRole("searchbox", { name: "Search your updates" }).fill("platform");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]q=platform/);
    const results = page.getByRole("region", { name: /with “platform”/ }).getByRole("link");
    await expect(results).toHaveCount(1);
    await expect(results.first()).toContainText(`Update due ${dayDate(firstDue)}`);
    await expect(results.first().locator("mark")).toHaveText(["platform"]);
    await expectAccessible(page, "history search results");
    await results.first().click();
    await expect(page).toHaveURL(new RegExp(`/history/${first.historyId}$`));
    await expect(page.getByRole("main")).toContainText("Message-ID");
    await expect(page.getByRole("main")).toContainText("Accepted by the mail server");
  });

  await test.step("the author's own markup is shown as text; another word finds only the newer update", async () => {
    await page.goto("/history?q=abort");
    const results = page.getByRole("region", { name: /with “abort”/ }).getByRole("link");
    await expect(results).toHaveCount(1);
    await expect(results.first()).toHaveAttribute("href", second);
    await expect(results.first()).toContainText("Simulated the <abort> sequence");
    await page.goto("/history?q=kayak");
    await expect(page.getByRole("main")).toContainText("No updates match.");
  });

  await test.step("filters by date range and state, in the address so the link can be shared", async () => {
    await history(page);
    const search = page.getByRole("search", { name: "Search and filter your history" });
    await search.getByLabel("Due until").fill(firstDue);
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(new RegExp(`to=${firstDue}`));
    const entries = page.getByRole("main").getByRole("link", { name: /Update due/ });
    await expect(entries).toHaveCount(1);
    await expect(entries.first()).toHaveAttribute("href", `/history/${first.historyId}`);

    await page.goto("/history");
    await search.getByLabel("Goal").selectOption({ label: LATER_GOAL });
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]goal=/);
    await expect(entries).toHaveCount(1);
    await expect(entries.first()).toHaveAttribute("href", second);

    await page.goto("/history?state=skipped");
    await expect(page.getByRole("main")).toContainText("No updates match.");
    await page.goto("/history?state=on-time");
    await expect(page.getByRole("main").getByRole("link", { name: /Update due/ })).toHaveCount(2);
    await expect(page.getByRole("main").getByRole("heading", { name: /^Q[1-4] \d{4}$/ }).first()).toBeVisible();
    await page.goto("/history?state=sometimes");
    await expect(page.getByRole("main")).toContainText("not understood");
    await expect(page.getByRole("main").getByRole("link", { name: /Update due/ })).toHaveCount(2);
  });
});
