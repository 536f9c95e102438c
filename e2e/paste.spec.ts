// Pasting into the update: what Google Docs, Word and Slack put on the clipboard keeps its
// structure, and nothing hostile in pasted HTML reaches the stored update, the page or the email.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Frame, type Locator, type Page } from "@playwright/test";
import { PrismaClient } from "@prisma/client";
import { databaseEngine, postgresConfig } from "../lib/db/engine";
import { expectAccessible } from "./support/a11y";
import { expectSaved, partContent } from "./support/editor";
import { emailBody } from "./support/envelope";
import { addGoal } from "./support/goals";
import { latestMessageFile, waitForMessage } from "./support/mail";
import { signUpAndSetUp } from "./support/people";

const GOAL = "Ship the billing page";

function fixture(name: string): string {
  return readFileSync(path.join(__dirname, "fixtures", "paste", name), "utf8");
}

/** The update's stored document, read straight from the app's database. */
async function storedContent(updateId: string): Promise<string> {
  const { provider, url } = databaseEngine(process.env.E2E_DATABASE_URL ?? "file:./.tmp/e2e.db");
  const adapter =
    provider === "postgres"
      ? new (await import("@prisma/adapter-pg")).PrismaPg(postgresConfig(url))
      : new (await import("@prisma/adapter-better-sqlite3")).PrismaBetterSqlite3({ url });
  const db = new PrismaClient({ adapter });
  try {
    const update = await db.update.findUniqueOrThrow({ where: { id: updateId }, select: { content: true } });
    return JSON.stringify(update.content);
  } finally {
    await db.$disconnect();
  }
}

/** Pastes as the browser does: a paste event whose clipboard holds HTML and plain text. */
async function paste(page: Page, part: Locator, clipboard: { html?: string; text: string }): Promise<void> {
  await part.click();
  await page.keyboard.press("End");
  // The part shows its focus border once the editor has the caret there, as a person would see.
  await expect(part.locator("xpath=..")).toHaveClass(/\bis-current\b/);
  await page.evaluate(({ html, text }) => {
    const data = new DataTransfer();
    if (html !== undefined) data.setData("text/html", html);
    data.setData("text/plain", text);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, clipboard);
}

async function openNewUpdate(page: Page, name: string) {
  const person = await signUpAndSetUp(page, name);
  await addGoal(page, { title: GOAL, why: "Customers can pay without a call." });
  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  return { person, updateId: new URL(page.url()).pathname.split("/").at(-1)! };
}

const part = (page: Page, kind: "doing" | "help" | "progress") => partContent(page, GOAL, kind);

async function expectGoogleDocsStructure(doing: Locator): Promise<void> {
  // The heading and the table's cells become plain paragraphs of their words.
  await expect(doing.locator(":scope > p")).toHaveText(["Hiring plan", "Hiring is on track for now.", "Role", "Status", "Design lead", "Offer out"]);
  await expect(doing.locator("strong")).toHaveText(["on track", "Status"]);
  await expect(doing.locator("em")).toHaveText(["for now"]);
  await expect(doing.locator(":scope > ul > li > p")).toHaveText(["Two offers out", "See the pipeline"]);
  await expect(doing.locator(":scope > ul > li > ul > li")).toHaveText(["Design lead"]);
  await expect(doing.locator(":scope > ol > li")).toHaveText(["Close the design role", "Start onboarding"]);
  await expect(doing.getByRole("link", { name: "the pipeline" })).toHaveAttribute("href", "https://example.com/pipeline");
}

async function expectWordStructure(help: Locator): Promise<void> {
  await expect(help.locator(":scope > p")).toHaveText(["Release 4.2 is almost ready.", "Next steps:"]);
  await expect(help.locator("strong")).toHaveText(["4.2"]);
  await expect(help.locator("em")).toHaveText(["almost"]);
  await expect(help.locator(":scope > ul > li > p")).toHaveText(["Migrate the billing tables", "Write the runbook"]);
  await expect(help.locator(":scope > ul > li > ul > li")).toHaveText(["Invoices first"]);
  await expect(help.locator(":scope > ol > li > p")).toHaveText(["Book the design review", "Send the notes"]);
  await expect(help.locator(":scope > ol > li > ol > li")).toHaveText(["Share the agenda"]);
  await expect(help.getByRole("link", { name: "design review" })).toHaveAttribute("href", "https://example.com/review");
  await expect(help).not.toContainText("·");
}

async function expectSlackStructure(progress: Locator): Promise<void> {
  await expect(progress.locator("strong")).toHaveText(["Standup"]);
  await expect(progress.locator("em")).toHaveText(["blocked"]);
  await expect(progress.locator("p code")).toHaveText(["db-migrate"]);
  await expect(progress.locator("p br")).not.toHaveCount(0);
  await expect(progress.getByRole("link", { name: "the runbook" })).toHaveAttribute("href", "https://example.com/runbook");
  await expect(progress.locator(":scope > ul > li > p")).toHaveText(["check the replicas", "rotate the keys"]);
  await expect(progress.locator(":scope > ul > li > ul > li")).toHaveText(["staging first"]);
  await expect(progress.locator(":scope > ol > li")).toHaveText(["tag the release", "ship it"]);
  await expect(progress.locator("blockquote")).toHaveText("Ship it when the checks are green");
  await expect(progress.locator("pre")).toHaveText("npm run migrate\nnpm run verify");
}

test("paste from Google Docs, Word and Slack keeps lists, marks and links, and saves", async ({ page }) => {
  test.slow();
  const { updateId } = await openNewUpdate(page, "Mary Jackson");

  await paste(page, part(page, "doing"), { html: fixture("google-docs.html"), text: "Hiring is on track for now." });
  await expectGoogleDocsStructure(part(page, "doing"));
  await paste(page, part(page, "help"), { html: fixture("word.html"), text: "Release 4.2 is almost ready." });
  await expectWordStructure(part(page, "help"));
  await paste(page, part(page, "progress"), { html: fixture("slack.html"), text: "Standup: the deploy is blocked" });
  await expectSlackStructure(part(page, "progress"));
  await expectSaved(page);

  const stored = await storedContent(updateId);
  for (const junk of ["font-weight", "docs-internal-guid", "mso-", "Mso", "o:p", "st1", "data-stringify", "c-link", "·", "Times New Roman"]) {
    expect(stored, junk).not.toContain(junk);
  }
  await page.reload();
  await expectGoogleDocsStructure(part(page, "doing"));
  await expectWordStructure(part(page, "help"));
  await expectSlackStructure(part(page, "progress"));
  await expectAccessible(page, "editor after pasting lists");
});

// Each names the attack it came with: none may appear anywhere the update goes.
const HOSTILE_TRACES = ["__pasteAttack", "javascript", "onclick", "onerror", "onmouseover", "onload", "<script", "iframe", "pasted-evil", "display: none", "Hostile page title", "data:text"];

/** Nothing from the hostile paste in the page: no script, no handler, no script link, no flag set. */
async function expectPageUntouched(page: Page | Frame): Promise<void> {
  const found = await page.evaluate(() => {
    const handlers = Array.from(document.querySelectorAll("*")).flatMap((element) =>
      element.getAttributeNames().filter((name) => name.toLowerCase().startsWith("on")),
    );
    return {
      handlers,
      scriptLinks: document.querySelectorAll('a[href*="script:" i], a[href^="data:" i]').length,
      pastedScripts: Array.from(document.scripts).filter((script) => script.text.includes("__pasteAttack")).length,
      html: document.documentElement.outerHTML,
      flag: (window as { __pasteAttack?: unknown }).__pasteAttack ?? null,
    };
  });
  expect(found.handlers).toEqual([]);
  expect(found.scriptLinks).toBe(0);
  expect(found.pastedScripts).toBe(0);
  expect(found.flag).toBeNull();
  for (const trace of ["__pasteAttack", "pasted-evil", "Hostile page title"]) expect(found.html).not.toContain(trace);
}

test("hostile pasted HTML leaves no script, handler or script link in the update, the page or the email", async ({ page }) => {
  test.slow();
  const { person, updateId } = await openNewUpdate(page, "Annie Easley");
  const doing = part(page, "doing");

  await paste(page, doing, { html: fixture("hostile.html"), text: "Budget review moved to Tuesday." });
  await expect(doing.locator("p")).toHaveText([
    "Budget review moved to Tuesday.",
    "Read the plan and the safe plan.",
    "Also the caps link, the tab link and the data link.",
    "Questions go to Ana.",
  ]);
  await expect(doing.locator("strong")).toHaveText(["moved"]);
  await expect(doing.getByRole("link")).toHaveText(["the safe plan", "Ana"]);
  await expect(doing.getByRole("link", { name: "the safe plan" })).toHaveAttribute("href", "https://example.com/safe-plan");
  await expect(doing.getByRole("link", { name: "Ana" })).toHaveAttribute("href", "mailto:ana@example.com");
  await expect(doing.locator("img, iframe, svg, form, button")).toHaveCount(0);
  await expectPageUntouched(page);

  await test.step("a goal section copied from another update adds no goal: its text lands in the part", async () => {
    const help = part(page, "help");
    await paste(page, help, { html: fixture("copied-update.html"), text: "Copied doing text" });
    await expect(help).toContainText("Copied doing text");
    await expect(help.getByRole("listitem")).toHaveText(["Copied progress item"]);
    await expect(page.locator("[data-goal-section]")).toHaveCount(1);
    for (const label of ["A goal from another update", "Someone Else", "What I'm doing", "(nothing this time)"]) {
      await expect(help).not.toContainText(label);
    }
  });

  await test.step("plain text keeps its lines", async () => {
    const progress = part(page, "progress");
    await paste(page, progress, { text: "Shipped the export.\nWaiting on legal.\n\nNext: the import." });
    await expect(progress.locator("p")).toHaveText(["Shipped the export.", "Waiting on legal.", "Next: the import."]);
  });

  await expectSaved(page);
  const stored = await storedContent(updateId);
  for (const trace of [...HOSTILE_TRACES, "goal-from-elsewhere"]) expect(stored, trace).not.toContain(trace);
  expect(stored).toContain("https://example.com/safe-plan");
  expect(stored).toContain("Read the plan");

  await page.reload();
  await expect(doing).toContainText("Budget review moved to Tuesday.");
  await expectPageUntouched(page);

  await page.getByRole("button", { name: "Preview and send" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+\/preview$/);
  await expect(emailBody(page).getByRole("link", { name: "the safe plan" })).toHaveAttribute("href", "https://example.com/safe-plan");
  await expectPageUntouched(page);
  const emailFrame = await page.locator('iframe[title="Email body"]').elementHandle();
  await expectPageUntouched((await emailFrame!.contentFrame())!);
  const before = latestMessageFile();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);

  const { mail } = await waitForMessage({ to: person.boss.email, after: before });
  const html = mail.html || "";
  for (const trace of HOSTILE_TRACES) {
    expect(html, trace).not.toContain(trace);
    expect(mail.text ?? "", trace).not.toContain(trace);
  }
  expect(html).toMatch(/<a href="https:\/\/example.com\/safe-plan"[^>]*>the safe plan<\/a>/);
  expect(html).toContain("Read the plan");
  expect(html).toContain("Copied progress item");
});
