import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { signIn } from "./support/auth";
import { expectSaved, partContent, PART_KINDS, typeIntoPart, type PartKind } from "./support/editor";
import { emailBody, expectEnvelope } from "./support/envelope";
import { addGoal, expectOwnerShown } from "./support/goals";
import { addressesOf, latestMessageFile, waitForMessage, type ReceivedMessage } from "./support/mail";
import { completeSetup, nextWeekday } from "./support/setup";
import { plainText } from "./support/text";
import { newPerson } from "./support/users";

const author = newPerson("Ada Lovelace");
const boss = newPerson("Grace Hopper");
const skipLevel = newPerson("Katherine Johnson");
const firstDueDate = nextWeekday("Friday", 3);

const goals = [
  {
    title: "Ship the billing migration",
    why: "Every invoice comes from one system; measured by zero invoices from the old one.",
    parts: {
      doing: "Moving the last forty enterprise accounts to the new invoice pipeline this week.",
      help: "I need a decision from finance on how to round currency conversions before Tuesday.",
      progress: "Thirty-one of forty accounts now bill from the new system without manual fixes.",
    },
  },
  {
    title: "Halve the on-call pages",
    why: "Sleep matters; measured by pages per week on the team rota.",
    parts: {
      doing: "Rewriting the flaky disk alert so it fires on trend rather than a single spike.",
      help: "Could someone from the storage team review the new thresholds with me?",
      progress: "Pages dropped from twelve to seven a week since the first alert was fixed.",
    },
  },
] satisfies { title: string; why: string; parts: Record<PartKind, string> }[];

const everyText = goals.flatMap((goal) => PART_KINDS.map((kind) => goal.parts[kind]));

/** "Fri 27 Nov 2026" in `timeZone`: weekday, day, short month ("Sep", never "Sept") and year. */
function dayDate(date: Date, timeZone: string): string {
  const format = { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone } as const;
  const parts = new Intl.DateTimeFormat("en-US", format).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}`;
}

/** "27 Nov 2026", the way dates appear in subjects. */
function shortDate(isoDate: string): string {
  return dayDate(new Date(`${isoDate}T12:00:00Z`), "UTC").slice(4);
}

async function writeUpdate(page: Page): Promise<string> {
  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  await expect(page.getByRole("heading", { name: /^Update due / })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Update text" })).toBeVisible();
  await expectAccessible(page, "editor");
  for (const goal of goals) {
    for (const kind of PART_KINDS) await typeIntoPart(page, goal.title, kind, goal.parts[kind]);
  }
  await expectSaved(page);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

async function expectWordsKeptAfterReload(page: Page): Promise<void> {
  await page.reload();
  for (const goal of goals) {
    for (const kind of PART_KINDS) await expect(partContent(page, goal.title, kind)).toHaveText(goal.parts[kind]);
  }
}

const shownEnvelope = () => ({
  subject: `Biweekly update from ${author.name}: ${shortDate(firstDueDate)}`,
  from: [author.name, "updates@biweekly.test"],
  to: [boss.name, boss.email],
  cc: [skipLevel.name, skipLevel.email],
  replyTo: [author.email],
});

async function previewAndSend(page: Page): Promise<string | undefined> {
  await page.getByRole("button", { name: "Preview and send" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+\/preview$/);
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
  await expectEnvelope(page, shownEnvelope());
  for (const text of [`Owner: ${author.name}`, ...everyText]) await expect(emailBody(page)).toContainText(text);
  await expectAccessible(page, "preview");
  const before = latestMessageFile();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);
  return before;
}

function expectEmailAsPromised(message: ReceivedMessage, updateId: string): void {
  const { mail, raw } = message;
  expect(addressesOf(mail.to)).toEqual([{ name: boss.name, address: boss.email }]);
  expect(addressesOf(mail.cc)).toEqual([{ name: skipLevel.name, address: skipLevel.email }]);
  expect(addressesOf(mail.replyTo).map((r) => r.address)).toEqual([author.email]);
  expect(addressesOf(mail.from)).toEqual([{ name: author.name, address: "updates@biweekly.test" }]);
  expect(mail.subject).toBe(`Biweekly update from ${author.name}: ${shortDate(firstDueDate)}`);
  expect(mail.messageId).toBe(`<update-${updateId}@localhost>`);

  const text = plainText(mail.text ?? "");
  const html = plainText(mail.html || "");
  for (const shown of [...goals.map((goal) => goal.title), `Owner: ${author.name}`, ...everyText]) {
    expect(text, "text part").toContain(shown);
    expect(html, "HTML part").toContain(shown);
  }
  // Mail readers show the last alternative they understand: the text part must come first.
  expect(raw).toMatch(/^Content-Type: multipart\/alternative/im);
  const textAt = raw.search(/^Content-Type: text\/plain/im);
  const htmlAt = raw.search(/^Content-Type: text\/html/im);
  expect(textAt).toBeGreaterThan(-1);
  expect(htmlAt).toBeGreaterThan(textAt);
}

async function expectInHistory(page: Page, historyUrl: string): Promise<void> {
  await page.getByRole("navigation").getByRole("link", { name: "History", exact: true }).click();
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
  await expectAccessible(page, "history");
  const entry = page.getByRole("main").getByRole("link", { name: new RegExp(shortDate(firstDueDate)) });
  await expect(entry).toHaveCount(1);
  await entry.click();
  await expect(page).toHaveURL(historyUrl);
  await expectEnvelope(page, shownEnvelope());
  for (const text of everyText) await expect(emailBody(page)).toContainText(text);
  const main = page.getByRole("main");
  await expect(main).toContainText(new RegExp(`Sent ${dayDate(new Date(), "Europe/Berlin")}, \\d{2}:\\d{2}`));
  await expectAccessible(page, "history item");
}

test("@journey a new person signs in, sets up, writes and sends an update that reaches boss and skip-level", async ({
  page,
}) => {
  test.slow();
  await signIn(page, { email: author.email, checkAccessibility: true });
  await expect(page).toHaveURL(/\/setup$/);
  await expectAccessible(page, "setup");
  await completeSetup(page, {
    name: author.name,
    timeZone: "Europe/Berlin",
    bossName: boss.name,
    bossEmail: boss.email,
    skipName: skipLevel.name,
    skipEmail: skipLevel.email,
    every: "2 weeks",
    weekday: "Friday",
    dueTime: "16:00",
    firstDueDate,
  });
  await expectAccessible(page, "goals");
  for (const goal of goals) await addGoal(page, goal);
  await expectOwnerShown(page, author.name, goals.length);

  const updateId = await test.step("write the update", () => writeUpdate(page));
  await test.step("every word survives a reload", () => expectWordsKeptAfterReload(page));
  const before = await test.step("preview and send", () => previewAndSend(page));
  const historyUrl = page.url();

  const message = await waitForMessage({ to: boss.email, after: before });
  await test.step("the email is what the preview promised", () => expectEmailAsPromised(message, updateId));
  await test.step("the update is in the history", () => expectInHistory(page, historyUrl));
});
