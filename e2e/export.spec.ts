// Exports: the author's history downloads as Markdown and JSON in their own words, one update as
// Markdown, the career story marks "we", and the read view prints as a clean document.
import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { z } from "zod";
import { expectAccessible } from "./support/a11y";
import { expectSaved, typeIntoPart } from "./support/editor";
import { addGoal } from "./support/goals";
import { signUpAndSetUp } from "./support/people";

const GOAL = "Billing page *v2*";
const DOING = "Cut p95 by 30% #fast [draft] <b>bold</b>";
const PROGRESS = "We shipped the first page. I wrote the migration.";

async function download(page: Page, link: Locator): Promise<{ name: string; body: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: file.suggestedFilename(), body: readFileSync((await file.path())!, "utf8") };
}

async function sendUpdate(page: Page): Promise<void> {
  await addGoal(page, { title: GOAL, why: "Customers pay without calling us." });
  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  await typeIntoPart(page, GOAL, "doing", DOING);
  await typeIntoPart(page, GOAL, "progress", PROGRESS);
  await expectSaved(page);
  await page.getByRole("button", { name: "Preview and send" }).click();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);
}

test("each export downloads the author's words exactly as written", async ({ page, request, browser }) => {
  test.slow();
  const person = await signUpAndSetUp(page, "Mary Jackson");
  await sendUpdate(page);
  const readView = page.url();

  await test.step("one update as Markdown, from the read view", async () => {
    const file = await download(page, page.getByRole("link", { name: "Download as Markdown" }));
    expect(file.name).toMatch(/^biweekly-update-\d{4}-\d{2}-\d{2}\.md$/);
    expect(file.body).toContain("## Billing page \\*v2\\*");
    expect(file.body).toContain("### What I'm doing\n\nCut p95 by 30% #fast \\[draft\\] \\<b\\>bold\\</b\\>");
    expect(file.body).toContain(`### Progress\n\n${PROGRESS}`);
  });

  await test.step("the read view prints without the app around it", async () => {
    const printed = page.locator(".printable-update");
    await expect(printed, "on screen the email frame shows the update").toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(printed).toBeVisible();
    await expect(page.getByTitle("Email body")).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Download as Markdown" })).toBeHidden();
    await expect(printed.getByRole("heading", { name: GOAL })).toBeVisible();
    await expect(printed).toContainText(DOING);
    await page.emulateMedia({ media: "screen" });
  });

  await page.getByRole("navigation").getByRole("link", { name: "History", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Export" })).toBeVisible();
  await expectAccessible(page, "history with its exports");

  await test.step("the whole history as Markdown", async () => {
    const file = await download(page, page.getByRole("link", { name: "Whole history (Markdown)" }));
    expect(file.name).toMatch(/^biweekly-history-\d{4}-\d{2}-\d{2}\.md$/);
    expect(file.body).toContain("# Biweekly updates of Mary Jackson");
    expect(file.body).toContain(`Sent `);
    expect(file.body).toContain(`to ${person.boss.name}, cc ${person.skipLevel.name}`);
    expect(file.body).toContain("#### Progress");
  });

  await test.step("the whole history as JSON, valid against the published schema", async () => {
    const file = await download(page, page.getByRole("link", { name: "Whole history (JSON)" }));
    expect(file.name).toMatch(/^biweekly-history-\d{4}-\d{2}-\d{2}\.json$/);
    const schema = await (await request.get("/api/export/schema.json")).json();
    const history = z.fromJSONSchema(schema).parse(JSON.parse(file.body)) as {
      profile: { email: string };
      updates: Array<{ state: string; message: { to: Array<{ address: string }> }; sections: Array<{ goalTitle: string; doing: string; progress: string }> }>;
    };
    expect(history.profile.email).toBe(person.email);
    expect(history.updates).toHaveLength(1);
    expect(history.updates[0]).toMatchObject({ state: "SENT", message: { to: [{ address: person.boss.email }] }, sections: [{ goalTitle: GOAL, doing: DOING, progress: PROGRESS }] });
  });

  await test.step("the career story marks the sentence that says we, word for word", async () => {
    const file = await download(page, page.getByRole("link", { name: "Career story (Markdown)" }));
    expect(file.name).toMatch(/^biweekly-career-story-\d{4}-\d{2}-\d{2}\.md$/);
    expect(file.body).toContain("## Billing page \\*v2\\*");
    expect(file.body).toContain("<mark>We shipped the first page.</mark> I wrote the migration.");
  });

  await test.step("nobody else can download it", async () => {
    const id = new URL(readView).pathname.split("/").at(-1)!;
    expect((await request.get(`/api/export/update/${id}`)).status(), "signed out").toBe(401);
    expect((await request.get("/api/export/history.json")).status(), "signed out").toBe(401);
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await signUpAndSetUp(other, "Christine Darden");
    const foreign = await other.request.get(`/api/export/update/${id}`);
    expect(foreign.status(), "another person asking for this update").toBe(404);
    expect(await foreign.text()).not.toContain(DOING);
    const theirs = await other.request.get("/api/export/history.json");
    expect(await theirs.text()).not.toContain(DOING);
    await otherContext.close();
  });
});
