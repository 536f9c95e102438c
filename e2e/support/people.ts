// People who have already been through the app, for tests that start further along.
import { expect, type Page } from "@playwright/test";
import { signIn } from "./auth";
import { expectSaved, typeIntoPart } from "./editor";
import { addGoal } from "./goals";
import { completeSetup, nextWeekday } from "./setup";
import { newPerson, type Person } from "./users";

export type SetUpPerson = Person & { boss: Person; skipLevel: Person };

/**
 * A new person who has signed in through the real flow and completed setup; they are on /goals.
 * recipientDomain: where their boss and skip-level receive mail (see the SMTP server's domains).
 */
export async function signUpAndSetUp(page: Page, name: string, recipientDomain?: string): Promise<SetUpPerson> {
  const boss = newPerson("Grace Hopper", recipientDomain);
  const person = { ...newPerson(name), boss, skipLevel: newPerson("Katherine Johnson", recipientDomain) };
  await signIn(page, { email: person.email });
  await completeSetup(page, {
    name: person.name,
    timeZone: "Europe/Berlin",
    bossName: person.boss.name,
    bossEmail: person.boss.email,
    skipName: person.skipLevel.name,
    skipEmail: person.skipLevel.email,
    every: "2 weeks",
    weekday: "Friday",
    dueTime: "16:00",
    firstDueDate: nextWeekday("Friday", 3),
  });
  return person;
}

export type SentUpdate = { goalId: string; updateId: string; historyId: string; sentence: string };

function lastSegment(url: string): string {
  return new URL(url).pathname.split("/").at(-1)!;
}

/** Adds a goal, writes one sentence about it and sends the update; returns the ids it created. */
export async function sendFirstUpdate(page: Page, goalTitle: string): Promise<SentUpdate> {
  await addGoal(page, { title: goalTitle, why: "It is the one thing this quarter." });
  const goalHref = await page.getByRole("main").locator('a[href^="/goals/"]').first().getAttribute("href");
  const sentence = `Working on ${goalTitle.toLowerCase()} with the platform team.`;

  await page.getByRole("navigation").getByRole("link", { name: "Write update" }).click();
  await expect(page).toHaveURL(/\/updates\/[^/]+$/);
  const updateId = lastSegment(page.url());
  await typeIntoPart(page, goalTitle, "doing", sentence);
  await expectSaved(page);
  await page.getByRole("button", { name: "Preview and send" }).click();
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+$/);
  return { goalId: lastSegment(`http://x${goalHref}`), updateId, historyId: lastSegment(page.url()), sentence };
}
