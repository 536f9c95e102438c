// Hostile text through every input a person has (setup names, goals, closing reasons, the editor
// typed and pasted, ask notes, skip reason and note, a handover note), then every page, export and
// email that shows it: nothing runs, nothing becomes markup, and the words read as typed.
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { marked } from "marked";
import { XSS_VECTORS } from "../lib/testing/xss-vectors";
import { signIn } from "./support/auth";
import { advanceClockTo, localInstant, MINUTE_MS, resetClock } from "./support/clock";
import { openDatabase } from "./support/database";
import { expectSaved, partContent } from "./support/editor";
import { addGoal } from "./support/goals";
import { latestMessageFile, waitForMessage, type ReceivedMessage } from "./support/mail";
import { signUpAndSetUp } from "./support/people";
import { callAction, FORM } from "./support/server-actions";
import { completeSetup, fillSetupForm, nextWeekday, type SetupValues } from "./support/setup";
import { newPerson } from "./support/users";
import { armTrap, unsafeMarkup, type Trap } from "./support/xss-trap";

test.afterEach(() => resetClock());

/** The vectors joined into as few pieces of at most `max` characters as they fit. */
function pack(vectors: string[], max: number): string[] {
  const pieces: string[] = [];
  for (const vector of vectors.filter((v) => v.length <= max)) {
    const last = pieces.at(-1);
    if (last !== undefined && last.length + 1 + vector.length <= max) pieces[pieces.length - 1] = `${last} ${vector}`;
    else pieces.push(vector);
  }
  return pieces;
}

const ONE_LINE = XSS_VECTORS.filter((vector) => !/[\r\n]/.test(vector));
// A person's name may not hold quotes, angle brackets or line breaks: the rest of the corpus goes in.
const NAMEABLE = ONE_LINE.filter((vector) => !/["<>]/.test(vector));

/** Pastes as the browser does: a paste event whose clipboard holds HTML and plain text. */
async function pasteHtml(page: Page, part: Locator, html: string): Promise<void> {
  await part.click();
  await page.keyboard.press("End");
  await page.evaluate((markup) => {
    const data = new DataTransfer();
    data.setData("text/html", markup);
    data.setData("text/plain", markup);
    (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

/** An email's HTML part opened in a page of its own, with the trap armed. */
async function expectCleanEmail(browser: Browser, message: ReceivedMessage, what: string): Promise<void> {
  const context = await browser.newContext();
  const trap = await armTrap(context);
  const page = await context.newPage();
  const html = typeof message.mail.html === "string" ? message.mail.html : "";
  expect(html, `${what} has an HTML part`).not.toBe("");
  await page.setContent(html, { waitUntil: "load" });
  await trap.expectClean(page, what);
  expect.soft(html, `${what}: no script`).not.toMatch(/<script/i);
  expect.soft(html, `${what}: no event handler`).not.toMatch(/<[^>]+\son\w+\s*=/i);
  expect.soft(html, `${what}: no script URL`).not.toMatch(/<[a-z][^>]*\s(href|src|action)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
  expect.soft(html, `${what}: no frame, object, embed or style of a person's`).not.toMatch(/<(iframe|object|embed)\b|<style[^>]*>[^<]*xss-trap/i);
  await context.close();
}

/** Visits each path as the signed-in person and checks it. */
async function expectCleanPages(page: Page, trap: Trap, paths: string[]): Promise<void> {
  for (const path of paths) {
    const response = await page.goto(path);
    expect.soft(response?.status(), path).toBeLessThan(400);
    await trap.expectClean(page, path);
  }
}

test("hostile text in every input stays text in every page, export and email", async ({ browser }) => {
  test.setTimeout(240_000);
  const db = await openDatabase();
  const context = await browser.newContext();
  const trap = await armTrap(context);
  const page = await context.newPage();
  await test.step("the trap catches a vector that runs, and the markup that would", async () => {
    const probe = await context.newPage();
    await probe.setContent(`<div>${XSS_VECTORS[8]}</div><a href="javascript:void(0)">x</a>`, { waitUntil: "load" });
    await probe.waitForTimeout(150);
    expect(await probe.evaluate(() => window.__xssHits)).toEqual(["__xss(8)"]);
    expect(await probe.evaluate(unsafeMarkup)).toHaveLength(2);
    await probe.close();
  });
  const person = { ...newPerson("Ada Lovelace"), boss: newPerson("Grace Hopper"), skipLevel: newPerson("Katherine Johnson") };
  const names = pack(NAMEABLE, 100);
  const [name, bossName, skipName] = [0, 1, 2].map((index) => names[index % names.length]);
  const setup: SetupValues = {
    name: name!,
    timeZone: "Europe/Berlin",
    bossName: bossName!,
    bossEmail: person.boss.email,
    skipName: skipName!,
    skipEmail: person.skipLevel.email,
    every: "2 weeks",
    weekday: "Friday",
    dueTime: "16:00",
    firstDueDate: nextWeekday("Friday", 3),
  };

  await test.step("setup: refused names are shown back as typed, accepted ones are stored", async () => {
    await signIn(page, { email: person.email });
    await page.goto("/setup");
    await fillSetupForm(page, { ...setup, name: XSS_VECTORS[0]!, bossName: XSS_VECTORS[8]!, skipName: XSS_VECTORS[50]! });
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByLabel("Your name", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Your name", { exact: true })).toHaveValue(XSS_VECTORS[0]!);
    await trap.expectClean(page, "the refused setup form");
    await completeSetup(page, setup);
  });
  const userId = (await db.user.findUniqueOrThrow({ where: { email: person.email } })).id;

  const titles = pack(XSS_VECTORS, 200);
  const [description] = pack(XSS_VECTORS, 5000);
  await test.step("goals: titles and descriptions, typed and sent straight to the action", async () => {
    await addGoal(page, { title: titles[0]!, why: description! });
    for (const title of titles.slice(1)) {
      const answer = await callAction(page.request, { path: "/goals", action: "app/goals/actions.ts#createGoalAction", args: [{}, FORM], fields: { title, description: description!, targetDate: "" } });
      expect(answer.body, title).toContain('"ok":true');
    }
  });
  const goals = await db.goal.findMany({ where: { ownerId: userId }, orderBy: { position: "asc" } });
  expect(goals.map((goal) => goal.title)).toEqual(titles);

  await test.step("the editor: typed, inserted and pasted as HTML, then reloaded from what was saved", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
    await expect(page).toHaveURL(/\/updates\/[^/]+$/);
    const doing = partContent(page, titles[0]!, "doing");
    await doing.click();
    await page.keyboard.type(ONE_LINE.slice(0, 8).join(" "));
    await partContent(page, titles[0]!, "help").click();
    await page.keyboard.insertText(ONE_LINE.join(" "));
    await pasteHtml(page, partContent(page, titles[0]!, "progress"), XSS_VECTORS.map((vector) => `<p>${vector}</p>`).join(""));
    await expectSaved(page);
    await trap.expectClean(page, "the editor while writing");
    await page.reload();
    await expect(partContent(page, titles[0]!, "help")).toContainText(ONE_LINE[0]!);
    await trap.expectClean(page, "the editor reopened");
  });
  const draftId = new URL(page.url()).pathname.split("/").at(-1)!;

  let update: ReceivedMessage;
  await test.step("preview, send, and the email the boss receives", async () => {
    await page.getByRole("button", { name: "Preview and send" }).click();
    await expect(page).toHaveURL(/\/preview$/);
    await trap.expectClean(page, "the preview");
    const before = latestMessageFile();
    await page.getByRole("button", { name: "Send now" }).click();
    await expect(page).toHaveURL(/\/history\/[^/]+$/);
    await expect(page.getByRole("main")).toContainText(ONE_LINE[0]!);
    await trap.expectClean(page, "the sent update");
    update = await waitForMessage({ to: person.boss.email, after: before });
    expect(update.mail.text, "the email's text part holds the words as typed").toContain(ONE_LINE[0]!);
    await expectCleanEmail(browser, update, "the update email");
  });

  await test.step("asks: resolved with hostile notes, reopened, resolved again", async () => {
    const ask = await db.ask.findFirstOrThrow({ where: { authorId: userId } });
    for (const note of pack(XSS_VECTORS, 2000)) {
      const resolved = await callAction(page.request, { path: "/asks", action: "app/asks/actions.ts#resolveAskAction", args: [{}, FORM], fields: { askId: ask.id, note } });
      expect(resolved.body).toContain('"ok":true');
      await expectCleanPages(page, trap, ["/asks", "/"]);
      await callAction(page.request, { path: "/asks", action: "app/asks/actions.ts#reopenAskAction", args: [{}, FORM], fields: { askId: ask.id } });
    }
  });

  await test.step("closing goals with hostile reasons", async () => {
    const reasons = pack(XSS_VECTORS, 2000);
    for (const [index, reason] of reasons.entries()) {
      const goal = goals[goals.length - 1 - index]!;
      const closed = await callAction(page.request, { path: "/goals", action: "app/goals/actions.ts#closeGoalAction", args: [{}, FORM], fields: { goalId: goal.id, outcome: "DROPPED", reason } });
      expect(closed.redirect, reason.slice(0, 40)).toBe("/goals");
    }
    await expectCleanPages(page, trap, ["/goals", `/goals/${goals[0]!.id}`, `/goals/${goals.at(-1)!.id}`]);
  });

  let skipNote: ReceivedMessage;
  await test.step("skipping a cycle with a hostile reason and note", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
    await expect(page).toHaveURL(/\/updates\/[^/]+$/);
    const nextId = new URL(page.url()).pathname.split("/").at(-1)!;
    const before = latestMessageFile();
    const [reason] = pack(ONE_LINE, 500);
    const [note] = pack(ONE_LINE.slice(20), 200);
    const skipped = await callAction(page.request, { path: `/updates/${nextId}`, action: "app/updates/[id]/actions.ts#skipCycle", args: [nextId, {}, FORM], fields: { reason: reason!, note: note! } });
    expect(skipped.redirect).toBe(`/history/${nextId}`);
    skipNote = await waitForMessage({ to: person.boss.email, after: before, subject: "No update" });
    await expectCleanEmail(browser, skipNote, "the skip note");
    await expectCleanPages(page, trap, [`/history/${nextId}`, `/history/${draftId}`]);
  });

  await test.step("history, search, settings and home", async () => {
    const searches = ["hover", "script", "onerror", "javascript", "xss", "svg onload", "constructor", "Bcc"].map((q) => `/history?q=${encodeURIComponent(q)}`);
    await expectCleanPages(page, trap, ["/history", ...searches, "/settings", "/settings/delete", "/"]);
    // A word between tags: PostgreSQL's text search skips whatever looks like a tag, SQLite's does not.
    await page.goto(searches[0]!);
    await expect(page.getByRole("main").locator("mark").first()).toBeVisible();
  });

  await test.step("exports: served as files, and Markdown that a viewer renders stays text", async () => {
    for (const file of ["/api/export/history.md", "/api/export/career-story.md", `/api/export/update/${draftId}`, "/api/export/history.json"]) {
      const response = await page.request.get(file);
      expect(response.headers()["content-disposition"], file).toMatch(/^attachment;/);
      expect(response.headers()["x-content-type-options"], file).toBe("nosniff");
      expect(response.headers()["content-type"], file).not.toContain("html");
      const body = await response.text();
      const rendered = file.endsWith(".json") ? `<pre>${body.replace(/[<&]/g, (c) => (c === "<" ? "&lt;" : "&amp;"))}</pre>` : await marked.parse(body);
      await page.setContent(rendered, { waitUntil: "load" });
      await trap.expectClean(page, `${file} rendered`);
    }
  });

  await test.step("a handover note, as the receiver reads it", async () => {
    const samContext = await browser.newContext();
    const samTrap = await armTrap(samContext);
    const sam = await samContext.newPage();
    const samPerson = await signUpAndSetUp(sam, "Sam Okafor");
    const [note] = pack(XSS_VECTORS, 2000);
    const offered = await callAction(page.request, { path: "/goals", action: "app/goals/handover-actions.ts#offerHandoverAction", args: [{}, FORM], fields: { goalId: goals[0]!.id, email: samPerson.email, note: note! } });
    expect(offered.body).toContain('"ok":true');
    await expectCleanPages(sam, samTrap, ["/goals", "/"]);
    await expect(sam.getByRole("main")).toContainText(ONE_LINE[0]!);
    await expectCleanPages(page, trap, [`/goals/${goals[0]!.id}`]);
    await samContext.close();
  });

  await test.step("a reminder to the author, whose name is in its header", async () => {
    const before = latestMessageFile();
    const thirdDue = localInstant(nextWeekday("Friday", 3), "16:00", "Europe/Berlin").getTime() + 28 * 24 * 60 * MINUTE_MS;
    advanceClockTo(new Date(thirdDue - 119 * MINUTE_MS));
    const reminder = await waitForMessage({ to: person.email, after: before, subject: "Your update is due" });
    resetClock();
    await expectCleanEmail(browser, reminder, "the reminder");
  });

  await test.step("the local mailbox page shows the messages without running them", async () => {
    const dir = path.resolve(process.env.APP_MAILBOX_DIR ?? ".mailbox/e2e-app");
    mkdirSync(dir, { recursive: true });
    const mailboxPaths: string[] = [];
    for (const message of [update!, skipNote!]) {
      copyFileSync(path.join(path.resolve(process.env.SMTP_MAILBOX_DIR!), message.file), path.join(dir, message.file));
      mailboxPaths.push(`/mailbox/${message.file}`);
    }
    await expectCleanPages(page, trap, ["/mailbox", ...mailboxPaths]);
  });

  await context.close();
  await db.$disconnect();
});
